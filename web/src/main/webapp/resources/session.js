/*
 * The idle warning: two minutes before the server would end an idle session, a dialog asks whether
 * the person is still there. "Stay logged in" reaches the server (POST /session/keep-alive), which
 * extends the session; "Log out" logs out; no answer ends the session (POST /session/end, in case
 * the server has not yet) and sends the page to the login page, which says why. Any Ajax request of the page starts the count again.
 * Timings come from the dialog's data attributes, written by the layout from the session itself.
 */
(function () {
    'use strict';
    const timers = [];

    function clear() {
        timers.splice(0).forEach(clearTimeout);
    }

    function start(dialog) {
        clear();
        const warnAfter = Number(dialog.dataset.warnAfterMs);
        const expireAfter = Number(dialog.dataset.expireAfterMs);
        timers.push(setTimeout(() => {
            if (!dialog.open) {
                dialog.showModal();
            }
        }, warnAfter));
        timers.push(setTimeout(() => end(dialog), expireAfter));
    }

    function post(url) {
        return fetch(url, {method: 'POST', credentials: 'same-origin', headers: {'X-Requested-With': 'samspil'}});
    }

    function end(dialog) {
        const expired = () => window.location.assign(dialog.dataset.expiredUrl);
        post(dialog.dataset.endUrl).then(response => {
            if (response.status === 409) {
                // Another tab kept the session in use: this one counts again from now.
                dialog.close();
                start(dialog);
            } else {
                expired();
            }
        }, expired);
    }

    function stay(dialog) {
        post(dialog.dataset.keepAliveUrl)
            .then(response => {
                if (response.status === 204) {
                    dialog.close();
                    start(dialog);
                } else {
                    end(dialog);
                }
            })
            .catch(() => end(dialog));
    }

    document.addEventListener('DOMContentLoaded', () => {
        const dialog = document.getElementById('session-warning');
        if (!dialog) {
            return;
        }
        dialog.querySelector('#session-stay').addEventListener('click', () => stay(dialog));
        dialog.querySelector('#session-leave').addEventListener('click', () => {
            dialog.close();
            document.getElementById('logout-form:logout').click();
        });
        dialog.addEventListener('cancel', event => {
            event.preventDefault();
            stay(dialog);
        });
        if (window.faces && window.faces.ajax) {
            window.faces.ajax.addOnEvent(event => event.status === 'success' && start(dialog));
        }
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', () => start(dialog));
        }
        window.samspilSession = {restart: () => start(dialog)};
        start(dialog);
    });
}());
