// Called by every interactive page once its circuit has rendered it (ActionComponentBase): the document holds the address
// the page became interactive at, so a test or a script can wait for that before clicking (a click on the prerendered
// page is lost). A file, not inline script: the Content-Security-Policy allows scripts from this server only.
window.ihInteractive = function () {
    document.documentElement.setAttribute('data-interactive', location.pathname + location.search);
};
