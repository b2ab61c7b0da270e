/*
 * What every page needs from a script, on top of Det Fælles Designsystem (dkfds.min.js):
 * - the menu drawer on a narrow screen: the menu button opens it as a modal panel (focus moves into
 *   it and stays there, Escape or "Luk" closes it and gives focus back to the button); on a wide
 *   screen the same menu is a row and the button is hidden (DKFDS's CSS);
 * - DKFDS's stacked table rows on a narrow screen: each cell of a table.table--responsive-headers
 *   gets its column's heading as data-title, again after an Ajax update has replaced the table.
 * - a button with data-copy="<field id>" copies that field's text and says so in the page's
 *   role="status" element (#copy-status), in the words of its data-copied.
 * - DKFDS's date picker on every div.date-picker: the reader types dd/mm/åååå (or picks the day in
 *   a calendar) in the page's language, and the form sends the hidden field's yyyy-mm-dd, which is
 *   what the server reads; on an English page its words and its "not a date" message are English.
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

    const ENGLISH_DATE_PICKER = {
        open_calendar: 'Open calendar', choose_a_date: 'Choose a date',
        choose_a_date_between: 'Choose a date between {minDay} {minMonthStr} {minYear} and {maxDay} {maxMonthStr} {maxYear}',
        choose_a_date_before: 'Choose a date. You can choose up to {maxDay} {maxMonthStr} {maxYear}.',
        choose_a_date_after: 'Choose a date. You can choose from {minDay} {minMonthStr} {minYear} onwards.',
        aria_label_date: '{dayStr} {day} {monthStr} {year}', current_month_displayed: 'Showing {monthLabel} {focusedYear}',
        first_possible_date: 'First date you can choose', last_possible_date: 'Last date you can choose',
        previous_year: 'One year back', previous_month: 'One month back', next_month: 'One month forward',
        next_year: 'One year forward', select_month: 'Choose month', select_year: 'Choose year',
        previous_years: '{years} years back', next_years: '{years} years forward',
        guide: 'With a keyboard, the left and right arrow keys change the day, up and down the week, page up and page down '
            + 'the month, and shift with page up or page down the year. Home and end go to the start or end of a week.',
        months_displayed: 'Choose a month', years_displayed: 'Showing the years {start} to {end}. Choose a year.',
        january: 'January', february: 'February', march: 'March', april: 'April', may: 'May', june: 'June', july: 'July',
        august: 'August', september: 'September', october: 'October', november: 'November', december: 'December',
        monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday',
        saturday: 'Saturday', sunday: 'Sunday'
    };
    const DANISH_NOT_A_DATE = 'Indtast venligst en gyldig dato';

    function datePickers() {
        const picker = window.DKFDS && window.DKFDS.datePicker;
        if (!picker || !document.querySelector('.date-picker')) {
            return;
        }
        const english = document.documentElement.lang === 'en';
        if (english) {
            picker.setLanguage(ENGLISH_DATE_PICKER);
        }
        // The server writes yyyy-mm-dd; the picker shows it as dd/mm/yyyy when given it as its default.
        document.querySelectorAll('.date-picker').forEach(wrapper => {
            const input = wrapper.querySelector('input');
            if (input && /^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
                wrapper.dataset.defaultValue = input.value;
            }
        });
        picker.on(document.body);
        if (english) {
            const message = 'Enter a valid date';
            const translate = event => {
                const input = event.target;
                if (!input.classList || !input.classList.contains('date-picker__external-input')) {
                    return;
                }
                if (input.validationMessage === DANISH_NOT_A_DATE) {
                    input.setCustomValidity(message);
                } else if (input.validationMessage === message && !picker.isDateInputInvalid(input)) {
                    input.setCustomValidity('');
                }
            };
            // After DKFDS's own handlers (on the body), and once more as the form is submitted.
            ['input', 'change', 'keyup', 'focusout'].forEach(type => document.addEventListener(type, translate));
            document.addEventListener('invalid', translate, true);
        }
    }

    document.addEventListener('DOMContentLoaded', () => {
        drawer();
        copyButtons();
        responsiveTables();
        datePickers();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', responsiveTables);
        }
    });
})();
