import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** What a printed page holds: its text in reading order, and how much of the paper's width the text spans. */
export interface PrintedPage {
  text: string;
  /** From the leftmost start of a line to the rightmost end of one, over the page's width. */
  textWidthShare: number;
}

/**
 * The pages of a PDF (as Chromium prints it), read with pdf.js. pdf.js gives text runs in the
 * order they were drawn (headings and superscripts apart from their paragraph), so runs are put
 * back in reading order: top to bottom, a superscript on its line, left to right.
 */
export async function readPdf(data: Buffer): Promise<PrintedPage[]> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: true }).promise;
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { width } = page.getViewport({ scale: 1 });
    const runs = (await page.getTextContent()).items
      .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
      .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], size: Math.abs(item.transform[3]), width: item.width }))
      .sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: (typeof runs)[] = [];
    for (const run of runs) {
      const line = lines.at(-1);
      if (line && line[0].y - run.y < Math.max(line[0].size, run.size) / 2) line.push(run);
      else lines.push([run]);
    }
    const left = Math.min(...runs.map((run) => run.x));
    const right = Math.max(...runs.map((run) => run.x + run.width));
    pages.push({
      text: lines.map((line) => line.sort((a, b) => a.x - b.x).map((run) => run.text).join(' ')).join('\n'),
      textWidthShare: runs.length === 0 ? 0 : (right - left) / width,
    });
  }
  await document.destroy();
  return pages;
}

/** Text compared without its whitespace: line breaks in a PDF fall where the paper puts them. */
export const squeezed = (text: string) => text.replace(/[\s\u2060]+/g, '');
