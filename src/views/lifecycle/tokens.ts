/** PatternFly 6 design tokens (CSS custom properties), so the diagram follows the console's theme. */
export const tokens = {
  nodeFill: 'var(--pf-t--global--background--color--primary--default)',
  nodeStroke: 'var(--pf-t--global--border--color--default)',
  groupStroke: 'var(--pf-t--global--border--color--default)',
  newStroke: 'var(--pf-t--global--border--color--status--custom--default)',
  newFill: 'var(--pf-t--global--color--nonstatus--teal--100)',
  selected: 'var(--pf-t--global--border--color--brand--default)',
  text: 'var(--pf-t--global--text--color--regular)',
  subtleText: 'var(--pf-t--global--text--color--subtle)',
  edge: 'var(--pf-t--global--icon--color--subtle)',
  labelFill: 'var(--pf-t--global--background--color--primary--default)',
} as const;
