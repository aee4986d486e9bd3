export const remarkPluginNames: string[];
