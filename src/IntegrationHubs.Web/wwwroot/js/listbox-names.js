// MudSelect and MudAutocomplete render their option list (role="listbox") in a popover at the end of the page, with no
// name and no parameter to give it one: axe reports "the select list has no accessible name". Only one list is open at
// a time, beside the field that opened it (aria-expanded="true"), so each unnamed list takes that field's name.
(() => {
    const nameLists = () => {
        for (const list of document.querySelectorAll('[role="listbox"]:not([aria-label]):not([aria-labelledby])')) {
            const field = document.querySelector('[aria-expanded="true"][aria-label]')
                ?? document.querySelector('.mud-input-control:focus-within label');
            const name = field?.getAttribute('aria-label') ?? field?.textContent;
            if (name) {
                list.setAttribute('aria-label', name.trim());
            }
        }
    };
    new MutationObserver(nameLists).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
})();
