import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { Finding } from '../../findings';

export type EditorTab = 'boilerplate' | 'parameters';

export const TAB_PANEL_ID: Record<EditorTab, string> = {
  boilerplate: 'appliance-editor-boilerplate-panel',
  parameters: 'appliance-editor-parameters-panel',
};

/** The declarations' errors and warnings, as plain values: the tab row updates only when they change. */
export const problemsOf = (findings: readonly Finding[]) => ({
  problems: findings.filter((f) => f.severity !== 'info').length,
  errors: findings.some((f) => f.severity === 'error'),
});

interface EditorTabsProps {
  active: EditorTab;
  onSelect: (tab: EditorTab) => void;
  /** Errors and warnings in the declarations: a badge seen from the boilerplate's tab too. */
  problems: number;
  errors: boolean;
  panelRefs: Record<EditorTab, React.RefObject<HTMLElement | null>>;
}

/**
 * The tab row alone, memoized: PatternFly's Tabs measures its tabs for overflow after every
 * update, which forced a layout of the whole page (Monaco included) on each keystroke while it
 * also held the panels. The panels are the page's (`TabContent`), so typing never updates this.
 */
export const EditorTabs: React.FC<EditorTabsProps> = React.memo(
  ({ active, onSelect, problems, errors, panelRefs }) => {
    const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
    return (
      <Tabs
        activeKey={active}
        onSelect={(_e, key) => onSelect(key === 'parameters' ? 'parameters' : 'boilerplate')}
        aria-label={t('What to edit')}
      >
        <Tab
          eventKey="boilerplate"
          title={<TabTitleText>{t('Boilerplate')}</TabTitleText>}
          tabContentId={TAB_PANEL_ID.boilerplate}
          tabContentRef={panelRefs.boilerplate}
          data-test="editor-tab-boilerplate"
        />
        <Tab
          eventKey="parameters"
          title={
            <TabTitleText>
              {t('Parameters')}{' '}
              {problems > 0 && (
                <Badge
                  isRead={!errors}
                  screenReaderText={t('problems in the declarations')}
                  data-test="editor-parameters-problems"
                >
                  {problems}
                </Badge>
              )}
            </TabTitleText>
          }
          tabContentId={TAB_PANEL_ID.parameters}
          tabContentRef={panelRefs.parameters}
          data-test="editor-tab-parameters"
        />
      </Tabs>
    );
  },
);
EditorTabs.displayName = 'EditorTabs';
