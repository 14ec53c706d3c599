// Called by every interactive page once its circuit has loaded and rendered it (ActionComponentBase), with the address it
// was rendered for: the document holds that address, so a test or a script can wait for it before clicking (a click on the
// prerendered page, or on a page still loading, is lost). A file, not inline script: the Content-Security-Policy allows
// scripts from this server only.
window.ihInteractive = function (address) {
    document.documentElement.setAttribute('data-interactive', address || location.pathname + location.search);
};
