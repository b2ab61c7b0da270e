/*
 * What every page needs from a script, on top of Det Fælles Designsystem (dkfds.min.js):
 * - the menu drawer on a narrow screen: the menu button opens it as a modal panel (focus moves into
 *   it and stays there, Escape or "Luk" closes it and gives focus back to the button); on a wide
 *   screen the same menu is a row and the button is hidden (DKFDS's CSS);
 * - DKFDS's stacked table rows on a narrow screen: each cell of a table.table--responsive-headers
 *   gets its column's heading as data-title, again after an Ajax update has replaced the table.
 * - a button with data-copy="<field id>" copies that field's text and says so in the page's
 *   role="status" element (#copy-status), in the words of its data-copied.
 * DKFDS.init() is not called: its navigation adds a "Mere" menu (Danish only) of cloned links.
 */
(function () {
    'use strict';
    const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

    function drawer() {
        const panel = document.getElementById('site-drawer');
        const opener = document.getElementById('menu-open');
        const closer = document.getElementById('menu-close');
        const overlay = document.querySelector('.overlay');
        if (!panel || !opener || !closer) {
            return;
        }

        function isOpen() {
            return panel.classList.contains('is-visible');
        }

        function toggle(open) {
            panel.classList.toggle('is-visible', open);
            if (overlay) {
                overlay.classList.toggle('is-visible', open);
            }
            document.body.classList.toggle('mobile-nav-active', open);
            opener.setAttribute('aria-expanded', String(open));
            if (open) {
                panel.setAttribute('role', 'dialog');
                panel.setAttribute('aria-modal', 'true');
                closer.focus();
            } else {
                panel.removeAttribute('role');
                panel.removeAttribute('aria-modal');
                opener.focus();
            }
        }

        function visibleFocusable() {
            return Array.from(panel.querySelectorAll(FOCUSABLE)).filter(el => el.offsetWidth > 0 || el.offsetHeight > 0);
        }

        opener.addEventListener('click', () => toggle(true));
        closer.addEventListener('click', () => toggle(false));
        if (overlay) {
            overlay.addEventListener('click', () => toggle(false));
        }
        document.addEventListener('keydown', event => {
            if (!isOpen()) {
                return;
            }
            if (event.key === 'Escape') {
                toggle(false);
            } else if (event.key === 'Tab') {
                const stops = visibleFocusable();
                const first = stops[0];
                const last = stops[stops.length - 1];
                if (event.shiftKey && document.activeElement === first) {
                    event.preventDefault();
                    last.focus();
                } else if (!event.shiftKey && document.activeElement === last) {
                    event.preventDefault();
                    first.focus();
                }
            }
        });
        // Widened past the breakpoint while open: the menu is a row again, nothing to close.
        window.addEventListener('resize', () => {
            if (isOpen() && getComputedStyle(opener).display === 'none') {
                toggle(false);
            }
        });
    }

    function responsiveTables() {
        if (!window.DKFDS) {
            return;
        }
        document.querySelectorAll('table.table--responsive-headers').forEach(table => new window.DKFDS.ResponsiveTable(table));
    }

    function copyButtons() {
        document.querySelectorAll('button[data-copy]').forEach(button => button.addEventListener('click', () => {
            const field = document.getElementById(button.dataset.copy);
            const status = document.getElementById('copy-status');
            const told = () => { if (status) { status.textContent = button.dataset.copied; } };
            const byCommand = () => {
                field.select();
                if (document.execCommand('copy')) {
                    told();
                }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(told, byCommand);
            } else {
                byCommand();
            }
        }));
    }

    document.addEventListener('DOMContentLoaded', () => {
        drawer();
        copyButtons();
        responsiveTables();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', responsiveTables);
        }
    });
})();
