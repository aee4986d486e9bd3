export const remarkPluginNames: (string | [string, { source: string }])[];
