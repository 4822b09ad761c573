/** "1 agent", "3 agents": a count with its noun. */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
