/** Where the reader's theme choice is kept: written by the toggle, read before first paint. */
export const THEME_STORAGE_KEY = 'theme';

/** Inline in <head>: applies a stored choice before the page paints, so the other theme never flashes. */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
