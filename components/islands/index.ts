// Every page's islands, in one small module. Each brings a piece of server-rendered markup to
// life; the page reads fully without them. The search dialog's code loads on first use.
import './theme-toggle';
import './share-tools';
import './toc-highlight';
import './term-interest';
import './correction-link';
import './timeline-today';
import './site-search';
