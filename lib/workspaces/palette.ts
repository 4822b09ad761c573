/** The fixed palette a workspace's colour is chosen from. */
export const WORKSPACE_COLORS = {
  slate: { label: 'Slate', hex: '#475569' },
  red: { label: 'Red', hex: '#dc2626' },
  orange: { label: 'Orange', hex: '#ea580c' },
  amber: { label: 'Amber', hex: '#d97706' },
  green: { label: 'Green', hex: '#16a34a' },
  teal: { label: 'Teal', hex: '#0d9488' },
  sky: { label: 'Sky', hex: '#0284c7' },
  indigo: { label: 'Indigo', hex: '#4f46e5' },
  violet: { label: 'Violet', hex: '#7c3aed' },
  pink: { label: 'Pink', hex: '#db2777' },
} as const

export type WorkspaceColor = keyof typeof WORKSPACE_COLORS

export const WORKSPACE_COLOR_KEYS = Object.keys(WORKSPACE_COLORS) as [WorkspaceColor, ...WorkspaceColor[]]

export function isWorkspaceColor(color: string): color is WorkspaceColor {
  return Object.hasOwn(WORKSPACE_COLORS, color)
}

export function colorHex(color: string): string {
  return WORKSPACE_COLORS[color as WorkspaceColor]?.hex ?? WORKSPACE_COLORS.slate.hex
}
