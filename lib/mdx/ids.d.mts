export function spaced(text: string): string;
export function idOf(text: string): string;
