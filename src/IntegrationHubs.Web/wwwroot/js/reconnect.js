// The buttons of the error bar and the reconnect dialog (App.razor). A file, not inline script: the Content-Security-Policy
// allows scripts from this server only (Security/SecurityHeaders.cs).
document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target : null;
    if (!target) {
        return;
    }

    if (target.closest('[data-ih-reload]')) {
        e.preventDefault();
        location.reload();
    } else if (target.closest('[data-ih-reconnect]') && window.Blazor) {
        e.preventDefault();
        var resume = document.getElementById('components-reconnect-modal').classList.contains('components-reconnect-paused')
            && typeof Blazor.resumeCircuit === 'function';
        var attempt = resume ? Blazor.resumeCircuit() : Blazor.reconnect();
        Promise.resolve(attempt).then(function (ok) {
            // The server no longer knows this page's circuit (the app restarted): only a reload helps now.
            if (ok === false) {
                document.getElementById('components-reconnect-modal').classList.add('components-reconnect-rejected');
            }
        });
    }
});
