/**
 * Paper has no links: while the page prints (or is saved as PDF), links lose their address, so the
 * printout has no dead "Verder invullen" and the PDF no link annotations; afterwards they are back.
 */
export function printWithoutLinks(): () => void {
  const before = () => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      a.dataset.printHref = a.getAttribute('href') ?? '';
      a.removeAttribute('href');
    }
  };
  const after = () => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-print-href]')) {
      a.setAttribute('href', a.dataset.printHref ?? '');
      delete a.dataset.printHref;
    }
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
