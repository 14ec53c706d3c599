// Called by every interactive page once its circuit has loaded and rendered it (ActionComponentBase), with the address it
// was rendered for, so a test or a script can wait for it before clicking (a click on the prerendered page, or on a page
// still loading, is lost). Kept in a window variable, which lives as long as the document: an enhanced navigation merges
// the fetched page's <html> attributes into the document and may wipe the attribute after the page had set it. The
// attribute stays for readers of the DOM. A file, not inline script: the Content-Security-Policy allows scripts from this
// server only.
window.ihInteractive = function (address) {
    window.ihInteractiveAt = address || location.pathname + location.search;
    document.documentElement.setAttribute('data-interactive', window.ihInteractiveAt);
    // For what waits on the page being live, e.g. the restore of a draft after a reload (drafts.js).
    document.dispatchEvent(new CustomEvent('ih:interactive', { detail: window.ihInteractiveAt }));
};
