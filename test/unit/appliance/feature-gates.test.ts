import {
  BUNDLED_KUBEVIRT_VERSION,
  clusterProfile,
  featureGate,
  setClusterProfile,
} from '../../../src/appliance/feature-gates';

afterEach(() => setClusterProfile(null));

describe('cluster profile and feature gates', () => {
  it('defaults to the bundled KubeVirt version with no gates', () => {
    expect(clusterProfile()).toEqual({ kubevirtVersion: BUNDLED_KUBEVIRT_VERSION });
    expect(featureGate('DeclarativeHotplugVolumes')).toEqual({
      gate: 'DeclarativeHotplugVolumes',
      enabled: false,
      version: BUNDLED_KUBEVIRT_VERSION,
      reason: 'off-by-default',
    });
  });

  it('turns a Beta gate on by default from KubeVirt 1.9 (v-prefixed, patch and pre-release too)', () => {
    for (const [version, enabled] of [
      ['1.8', false],
      ['v1.8.4', false],
      ['1.9', true],
      ['v1.9.0-rc.1', true],
      ['v1.10.0', true],
      ['2.0', true],
    ] as const) {
      setClusterProfile({ kubevirtVersion: version });
      expect([version, featureGate('DeclarativeHotplugVolumes').enabled]).toEqual([
        version,
        enabled,
      ]);
    }
  });

  it('lets the configuration decide: enabled beats disabled beats the default', () => {
    setClusterProfile({
      kubevirtVersion: '1.9',
      disabledFeatureGates: ['DeclarativeHotplugVolumes'],
    });
    expect(featureGate('DeclarativeHotplugVolumes').reason).toBe('disabled');
    setClusterProfile({
      kubevirtVersion: '1.7',
      featureGates: ['DeclarativeHotplugVolumes'],
      disabledFeatureGates: ['DeclarativeHotplugVolumes'],
    });
    expect(featureGate('DeclarativeHotplugVolumes')).toMatchObject({
      enabled: true,
      reason: 'enabled',
    });
  });

  it('keeps Alpha and unknown gates off, and reads an unparsable version as the bundled one', () => {
    setClusterProfile({ kubevirtVersion: 'v1.9.0' });
    expect(featureGate('DecentralizedLiveMigration').enabled).toBe(false);
    expect(featureGate('NoSuchGate').enabled).toBe(false);
    setClusterProfile({ kubevirtVersion: 'latest' });
    expect(featureGate('DeclarativeHotplugVolumes').version).toBe(BUNDLED_KUBEVIRT_VERSION);
  });

  it('copies the profile it is given', () => {
    const profile = { kubevirtVersion: '1.9', featureGates: [] as string[] };
    setClusterProfile(profile);
    profile.kubevirtVersion = '1.7';
    expect(clusterProfile().kubevirtVersion).toBe('1.9');
  });
});
