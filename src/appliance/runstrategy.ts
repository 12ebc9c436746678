import { RUN_STRATEGIES } from './constants';
import { finding, msg, type Finding } from '../findings';
import { display, isObject, type JsonObject } from './json';
import { featureGate } from './feature-gates';

const isValid = (v: unknown): boolean => (RUN_STRATEGIES as readonly unknown[]).includes(v);
const allowed = RUN_STRATEGIES.join(', ');

/**
 * Completion (semantics §3.7): invalid values become Always, legacy `running` becomes a run
 * strategy, and the user's start choice wins. Each repair is a warning.
 */
export const repairRunStrategy = (
  vm: JsonObject,
  start: boolean | undefined,
  fallback: string,
): Finding[] => {
  const out: Finding[] = [];
  const spec = isObject(vm.spec) ? vm.spec : (vm.spec = {});
  const s = spec as JsonObject;
  const hasRunning = 'running' in s;
  const hasStrategy = 'runStrategy' in s;
  if (hasStrategy && !isValid(s.runStrategy)) {
    out.push(
      finding(
        'warning',
        'RunStrategyInvalid',
        '/spec/runStrategy',
        msg(
          'runStrategy {{value}} is not valid (allowed: {{allowed}}); it was replaced by Always.',
        ),
        { value: display(s.runStrategy), allowed },
      ),
    );
    s.runStrategy = 'Always';
  }
  if (hasRunning) {
    const running = s.running === true;
    if (hasStrategy)
      out.push(
        finding(
          'warning',
          'RunningAndRunStrategy',
          '/spec/runStrategy',
          msg(
            'running and runStrategy were both set (KubeVirt rejects that); running was dropped.',
          ),
        ),
      );
    else {
      s.runStrategy = running ? 'Always' : 'Halted';
      out.push(
        finding(
          'warning',
          'RunningDeprecated',
          '/spec/runStrategy',
          msg('The deprecated running: {{value}} became runStrategy: {{strategy}}.'),
          { value: display(s.running), strategy: display(s.runStrategy) },
        ),
      );
    }
    delete s.running;
  }
  if (start !== undefined) s.runStrategy = start ? 'Always' : 'Halted';
  else if (!('runStrategy' in s)) s.runStrategy = fallback;
  return out;
};

// Valid only with the DecentralizedLiveMigration gate (vms-admitter validateRunStrategy).
const WAIT_AS_RECEIVER = 'WaitAsReceiver';

/**
 * Validation (semantics §5): nothing is repaired; what KubeVirt rejects is an error.
 * `requireStrategy: false` for a boilerplate, which gets its run strategy at instantiation.
 */
export const checkRunStrategy = (vm: unknown, requireStrategy = true): Finding[] => {
  const out: Finding[] = [];
  const spec = isObject(vm) && isObject(vm.spec) ? vm.spec : undefined;
  if (!spec) return out;
  // KubeVirt 1.7-1.9 and main reject a VM with neither (vms-admitter validateRunStrategy: "RunStrategy
  // must be specified"); no mutating webhook or default fills it in.
  if (requireStrategy && !('runStrategy' in spec) && !('running' in spec))
    out.push(
      finding(
        'error',
        'RunStrategyMissing',
        '/spec/runStrategy',
        msg(
          'spec.runStrategy is missing; KubeVirt rejects a VM without it (allowed: {{allowed}}).',
        ),
        { allowed },
        {
          fix: {
            title: msg('Set runStrategy to Halted'),
            patch: [{ op: 'add', path: '/spec/runStrategy', value: 'Halted' }],
          },
        },
      ),
    );
  const waitAsReceiver =
    spec.runStrategy === WAIT_AS_RECEIVER && featureGate('DecentralizedLiveMigration').enabled;
  if ('runStrategy' in spec && !isValid(spec.runStrategy) && !waitAsReceiver)
    out.push(
      finding(
        'error',
        'RunStrategyInvalid',
        '/spec/runStrategy',
        msg('runStrategy {{value}} is not valid (allowed: {{allowed}}).'),
        { value: display(spec.runStrategy), allowed },
        {
          fix: {
            title: msg('Set runStrategy to Always'),
            patch: [{ op: 'replace', path: '/spec/runStrategy', value: 'Always' }],
          },
        },
      ),
    );
  if ('running' in spec && 'runStrategy' in spec)
    out.push(
      finding(
        'error',
        'RunningAndRunStrategy',
        '/spec/running',
        msg('running and runStrategy cannot both be set; remove running.'),
        undefined,
        {
          fix: { title: msg('Remove running'), patch: [{ op: 'remove', path: '/spec/running' }] },
        },
      ),
    );
  else if ('running' in spec)
    out.push(
      finding(
        'warning',
        'RunningDeprecated',
        '/spec/running',
        msg('running is deprecated; use runStrategy {{strategy}}.'),
        { strategy: spec.running === true ? 'Always' : 'Halted' },
        {
          fix: {
            title: msg('Replace running by runStrategy'),
            patch: [
              { op: 'remove', path: '/spec/running' },
              {
                op: 'add',
                path: '/spec/runStrategy',
                value: spec.running === true ? 'Always' : 'Halted',
              },
            ],
          },
        },
      ),
    );
  return out;
};
