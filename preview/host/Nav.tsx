import * as React from 'react';
import { Link, useLocation } from 'react-router';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { useExtensions, type Extension, type LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { useTranslation } from 'react-i18next';
import { ALL_NAMESPACES_KEY, session } from '../sdk/session';
import { useSession } from '../sdk/hooks';

type DataAttributes = Record<string, string>;
type Ordered = { id: string; insertAfter?: string | string[]; insertBefore?: string | string[] };
type SectionProps = Ordered & {
  name?: string;
  perspective?: string;
  dataAttributes?: DataAttributes;
};
type HrefProps = SectionProps & {
  name: string;
  href: string;
  section?: string;
  namespaced?: boolean;
  prefixNamespaced?: boolean;
};

const isSection = (e: Extension): e is Extension<'console.navigation/section', SectionProps> =>
  e.type === 'console.navigation/section';
const isHref = (e: Extension): e is Extension<'console.navigation/href', HrefProps> =>
  e.type === 'console.navigation/href';

const inAdmin = (p: { perspective?: string }) => !p.perspective || p.perspective === 'admin';

/** Applies insertAfter/insertBefore between siblings, keeping declaration order otherwise. */
const ordered = <T extends Ordered>(items: T[]): T[] => {
  const out = [...items];
  for (const item of items) {
    const after = [item.insertAfter ?? []].flat().find((id) => out.some((o) => o.id === id));
    const before = [item.insertBefore ?? []].flat().find((id) => out.some((o) => o.id === id));
    const anchor = after ?? before;
    if (!anchor) continue;
    out.splice(out.indexOf(item), 1);
    const at = out.findIndex((o) => o.id === anchor);
    out.splice(after ? at + 1 : at, 0, item);
  }
  return out;
};

/** Namespaced hrefs live under /k8s/ns/<ns>/ or /k8s/all-namespaces/, like in the console. */
export const hrefPath = (props: HrefProps, namespace: string): string => {
  const href = props.href.replace(/^\//, '');
  if (!props.namespaced && !props.prefixNamespaced) return `/${href}`;
  return namespace === ALL_NAMESPACES_KEY
    ? `/k8s/all-namespaces/${href}`
    : `/k8s/ns/${encodeURIComponent(namespace)}/${href}`;
};

const labelRef = (name = '') => /^%(.+)%$/.exec(name)?.[1];

export const useNavHrefs = () => {
  const hrefs = useExtensions(isHref);
  return React.useMemo(() => ordered(hrefs.map((h) => h.properties).filter(inAdmin)), [hrefs]);
};

const HrefItem: React.FC<{ props: HrefProps; label: string }> = ({ props, label }) => {
  const location = useLocation();
  useSession();
  const to = hrefPath(props, session.getNamespace());
  return (
    <NavItem
      itemId={props.id}
      isActive={location.pathname === to}
      component={({ className, children }) => (
        <Link to={to} className={className} {...(props.dataAttributes ?? {})}>
          {children}
        </Link>
      )}
    >
      {label}
    </NavItem>
  );
};

/** The console's "+Add" entry (developer perspective), leading to the Developer Catalog. */
const AddItem: React.FC = () => {
  const location = useLocation();
  useSession();
  const ns = session.getNamespace();
  const to =
    ns === ALL_NAMESPACES_KEY ? '/add/all-namespaces' : `/add/ns/${encodeURIComponent(ns)}`;
  return (
    <NavItem
      itemId="add"
      isActive={location.pathname.startsWith('/add/') || location.pathname.startsWith('/catalog/')}
      component={({ className, children }) => (
        <Link to={to} className={className} data-test="nav-add">
          {children}
        </Link>
      )}
    >
      +Add
    </NavItem>
  );
};

type Section = LoadedExtension<Extension<'console.navigation/section', SectionProps>>;

const NavBody: React.FC<{ sections: Section[]; hrefs: HrefProps[]; namespaces: string[] }> = ({
  sections,
  hrefs,
  namespaces,
}) => {
  const { t } = useTranslation(namespaces);
  const label = (name = '') => {
    const ref = labelRef(name);
    return ref ? t(ref) : name;
  };
  const sectionList = ordered(sections.map((s) => s.properties).filter(inAdmin));
  return (
    <Nav aria-label="Plugin navigation" data-test="preview-nav">
      <NavList>
        <AddItem />
        {hrefs
          .filter((h) => !h.section)
          .map((h) => (
            <HrefItem key={h.id} props={h} label={label(h.name)} />
          ))}
        {sectionList.map((s) => (
          <NavExpandable
            key={s.id}
            title={label(s.name)}
            isExpanded
            buttonProps={s.dataAttributes}
            data-test-section={s.id}
          >
            {hrefs
              .filter((h) => h.section === s.id)
              .map((h) => (
                <HrefItem key={h.id} props={h} label={label(h.name)} />
              ))}
          </NavExpandable>
        ))}
      </NavList>
    </Nav>
  );
};

export const HostNav: React.FC = () => {
  const sections = useExtensions(isSection);
  const hrefs = useNavHrefs();
  // Load every translation namespace the labels refer to (suspends until they are there).
  const namespaces = React.useMemo(() => {
    const all = [
      ...sections.map((s: LoadedExtension<Extension<string, SectionProps>>) => s.properties.name),
      ...hrefs.map((h) => h.name),
    ]
      .map((n) => labelRef(n)?.split('~')[0])
      .filter((n): n is string => Boolean(n));
    return [...new Set(all)];
  }, [sections, hrefs]);
  // react-i18next keeps the namespace list as hook dependencies, whose size must not change between
  // renders: a new list (the plugin loaded) mounts a fresh body instead.
  return (
    <NavBody key={namespaces.join('|')} sections={sections} hrefs={hrefs} namespaces={namespaces} />
  );
};
