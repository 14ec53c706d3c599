// Unsaved form input survives a reload (decision 0034). When the app restarts, the page's circuit is gone and only a reload
// helps (App.razor's reconnect dialog): what the person typed would be lost. So the fields of a form marked data-ih-draft
// are copied into sessionStorage (this tab only) per page address and field while the person works, put back once the
// reloaded page is interactive (with input and change events, so Blazor's bindings take them), and dropped when the page
// says the form was saved (ihDrafts.saved, called by the component) or is entered afresh. Passwords, hidden fields and
// the antiforgery token are never copied. A file, not inline script: the Content-Security-Policy allows this server's only.
(function () {
    'use strict';

    var prefix = 'ih-draft:';
    var skippedTypes = ['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'];
    var navigation = (performance.getEntriesByType && performance.getEntriesByType('navigation')[0]) || null;
    // Only the page this document was loaded for, and only when it was reloaded (the reconnect dialog's button, F5), gets
    // its draft back: a page entered afresh starts from what the server has.
    var reloadedAt = navigation && navigation.type === 'reload' ? location.pathname + location.search : null;
    var current = null;
    var baseline = new Map();
    var touched = new Set();
    var restoring = false;
    var settling = false;
    var pending = 0;

    function address() {
        return location.pathname + location.search;
    }

    function read(at) {
        try {
            return JSON.parse(sessionStorage.getItem(prefix + at) || 'null');
        } catch (e) {
            return null;
        }
    }

    function write(at, fields) {
        try {
            if (Object.keys(fields).length === 0) {
                sessionStorage.removeItem(prefix + at);
            } else {
                sessionStorage.setItem(prefix + at, JSON.stringify(fields));
            }
        } catch (e) {
            // Storage full or refused (private mode): the page works as before, only without the copy.
        }
    }

    function draftable(el) {
        if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
            return false;
        }

        var type = (el.type || '').toLowerCase();
        return skippedTypes.indexOf(type) < 0
            && el.name !== '__RequestVerificationToken'
            && !/password/i.test(el.autocomplete || '')
            && el.closest('[data-ih-draft]') !== null
            && el.closest('[data-ih-no-draft]') === null;
    }

    function isMudSelect(el) {
        return el instanceof HTMLInputElement && el.readOnly && el.closest('.mud-select') !== null;
    }

    function isCheck(el) {
        return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
    }

    // What names a field across a reload: its label (the same language after the reload), name or test id — generated
    // element ids change with every render.
    function describe(el) {
        var label = el.labels && el.labels.length > 0 ? el.labels[0].textContent : null;
        if (!label) {
            var control = el.closest('.mud-input-control, .mud-checkbox, label');
            var own = control && control.querySelector('label');
            label = own ? own.textContent : (control && control.tagName === 'LABEL' ? control.textContent : null);
        }

        return (label || el.getAttribute('aria-label') || el.name || el.getAttribute('data-testid') || '').trim();
    }

    // Every draftable field of the page by a key that is stable across a reload: form name, field name, occurrence.
    function fields() {
        var found = [];
        var seen = {};
        document.querySelectorAll('[data-ih-draft] input, [data-ih-draft] textarea, [data-ih-draft] select').forEach(function (el) {
            if (!draftable(el)) {
                return;
            }

            var name = el.closest('[data-ih-draft]').getAttribute('data-ih-draft') + '/' + describe(el);
            seen[name] = (seen[name] || 0) + 1;
            found.push({ key: name + '#' + seen[name], el: el });
        });
        return found;
    }

    function valueOf(el) {
        return isCheck(el) ? el.checked : el.value;
    }

    function takeBaseline() {
        baseline = new Map();
        fields().forEach(function (f) {
            baseline.set(f.key, valueOf(f.el));
        });
    }

    // The fields the person changed: those typed into, and those whose value differs from what the page showed first
    // (a select or a picker set by clicks, which fire no input event on the field).
    function save() {
        pending = 0;
        if (restoring || settling || current === null || current !== address()) {
            return;
        }

        var draft = {};
        fields().forEach(function (f) {
            var value = valueOf(f.el);
            if (!baseline.has(f.key)) {
                baseline.set(f.key, value);
            }

            if (touched.has(f.key) || baseline.get(f.key) !== value) {
                draft[f.key] = value;
            }
        });
        write(current, draft);
    }

    function soon() {
        if (!pending) {
            pending = setTimeout(save, 150);
        }
    }

    function onEdit(e) {
        var el = e.target;
        if (restoring || !draftable(el)) {
            soon();
            return;
        }

        var match = fields().find(function (f) {
            return f.el === el;
        });
        if (match) {
            touched.add(match.key);
        }

        soon();
    }

    function delay(ms) {
        return new Promise(function (resolve) {
            setTimeout(resolve, ms);
        });
    }

    async function waitFor(find, ms) {
        for (var waited = 0; waited < ms; waited += 50) {
            var found = find();
            if (found) {
                return found;
            }

            await delay(50);
        }

        return null;
    }

    // As a finger or a mouse does it: MudBlazor listens on the field's parts for pointer and mouse events, not only clicks.
    function press(target) {
        ['pointerdown', 'mousedown', 'pointerup', 'mouseup'].forEach(function (type) {
            var Kind = type.indexOf('pointer') === 0 && typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
            target.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true, view: window, button: 0 }));
        });
        target.click();
    }

    // A MudSelect has no options in the page until it is opened: open it and pick the option with the stored text.
    async function pick(el, text) {
        press(el);
        var option = await waitFor(function () {
            return Array.from(document.querySelectorAll('.mud-popover-open [role=option], .mud-popover-open .mud-list-item')).find(function (item) {
                return item.textContent.trim() === text;
            });
        }, 3000);
        if (option) {
            press(option);
            await waitFor(function () {
                return el.value === text;
            }, 3000);
        } else {
            document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        }

        return option !== null;
    }

    async function restore(at) {
        var draft = read(at);
        if (!draft) {
            return;
        }

        restoring = true;
        var restored = 0;
        try {
            for (var f of fields()) {
                if (!Object.prototype.hasOwnProperty.call(draft, f.key)) {
                    continue;
                }

                var value = draft[f.key];
                var el = f.el;
                touched.add(f.key);
                if (el.disabled) {
                    continue;
                }

                // The browser may have put the old value back into the field by itself on the reload, so the field can
                // show it while the circuit does not have it: the events are sent even then. Only a select, which the
                // circuit renders, is left alone when it shows the value already.
                if (isMudSelect(el)) {
                    if (el.value !== value && !(await pick(el, value))) {
                        continue;
                    }
                } else if (isCheck(el)) {
                    el.checked = value;
                    el.dispatchEvent(new Event('change', { bubbles: true }));
                } else {
                    // Typed and left, as a person does: MudBlazor's pickers take typed text when the field loses focus.
                    el.focus({ preventScroll: true });
                    el.value = value;
                    el.dispatchEvent(new Event('input', { bubbles: true }));
                    el.dispatchEvent(new Event('change', { bubbles: true }));
                    el.blur();
                }

                restored++;
                // Let the circuit take the value (and render what depends on it) before the next field.
                await delay(60);
            }
        } finally {
            restoring = false;
        }

        if (restored > 0) {
            announce();
        }

        soon();
    }

    function announce() {
        var notice = document.getElementById('ih-draft-notice');
        if (notice) {
            notice.querySelector('.ih-draft-notice-box').hidden = false;
        }

        document.documentElement.setAttribute('data-draft-restored', address());
    }

    // A page has become interactive at an address (interactive.js): a page entered afresh drops its old copy; the page
    // this document was reloaded at gets it back, once.
    document.addEventListener('ih:interactive', function (e) {
        var at = e.detail;
        if (at === current) {
            return;
        }

        current = at;
        touched = new Set();
        takeBaseline();
        if (at === reloadedAt) {
            reloadedAt = null;
            restore(at);
        } else {
            reloadedAt = null;
            write(at, {});
        }
    });

    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
    // A select's option or a calendar cell is clicked outside the field: look again after the page has rendered it.
    document.addEventListener('click', function (e) {
        var target = e.target instanceof Element ? e.target : null;
        if (target && target.closest('[data-ih-draft-dismiss]')) {
            target.closest('.ih-draft-notice-box').hidden = true;
            return;
        }

        setTimeout(soon, 300);
    }, true);

    window.ihDrafts = {
        // The component saved the form: the copy is not needed any more, and what the page shows now is the new start.
        // Its new values (a form emptied for the next entry) are the start once the page has rendered them.
        saved: function () {
            write(address(), {});
            touched = new Set();
            settling = true;
            setTimeout(function () {
                settling = false;
                takeBaseline();
                soon();
            }, 300);
        },
    };
})();
