/**
 * The receipt an anonymous writer is shown once, written once for every element that gives one (the suggestion box's
 * anonymous suggestion, the town hall's anonymous question): the code, what it is for, and buttons to copy it, download
 * it as a text file, print it (the panel alone, pv-base.css) and say it is saved.
 *
 * Anatomy: section[data-receipt-panel] (gets focus) holding [data-receipt] (the code as text) and
 * button[data-action=copy-receipt|download-receipt|print-receipt|dismiss-receipt].
 */

import {element, uniqueId} from './pv-dom.js';

/** The receipt as a text file the writer can keep: the code and what it is for, in the writer's language. */
export function receiptFileText(receipt, t, explanationKey = 'receipt-explanation') {
	return [t('save-your-receipt-now'), '', receipt, '', t(explanationKey), '', t('receipt-is-shown-only-once'), ''].join('\r\n');
}

/**
 * The panel for a receipt. explanationKey: what the receipt lets its holder do; onDismiss: after "I have saved my
 * receipt". The caller shows the panel and moves focus to it.
 */
export function receiptPanel({explanationKey = 'receipt-explanation', fileName = 'peervoice-receipt.txt', kit, onDismiss, receipt, t}) {
	const headingId = uniqueId('pv-receipt');
	const code = element('code', {class: 'pv-receipt-code', 'data-receipt': ''}, receipt);
	const copyStatus = element('p', {class: 'pv-small', role: 'status'});
	const copy = kit.button(t('copy-receipt'), {class: 'btn btn-primary', 'data-action': 'copy-receipt'});
	const download = kit.button(t('download-receipt'), {'data-action': 'download-receipt'});
	const print = kit.button(t('print-receipt'), {'data-action': 'print-receipt'});
	const dismiss = kit.button(t('i-have-saved-my-receipt'), {'data-action': 'dismiss-receipt'});

	copy.addEventListener('click', async () => {
		copyStatus.textContent = '';

		const copied = await copyText(receipt, code);

		copyStatus.textContent = copied ? t('receipt-copied') : t('receipt-selected-copy-it-by-hand');
	});
	download.addEventListener('click', () => downloadText(receiptFileText(receipt, t, explanationKey), fileName));
	print.addEventListener('click', printReceipt);
	dismiss.addEventListener('click', onDismiss);

	return element('section', {'aria-labelledby': headingId, class: 'sheet pv-receipt-panel', 'data-receipt-panel': '', tabindex: '-1'},
		element('h4', {class: 'sheet-title', id: headingId}, t('save-your-receipt-now')),
		element('div', {class: 'alert alert-warning'}, element('strong', null, t('receipt-is-shown-only-once'))),
		element('p', null, t(explanationKey)),
		element('div', {class: 'pv-receipt-box'}, code),
		element('div', {class: 'pv-button-row'}, copy, download, print, dismiss),
		copyStatus);
}

async function copyText(text, node) {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);

			return true;
		}
	}
	catch (clipboardRefused) {
		// fall back to selecting the text, which also lets the writer copy it by hand
	}

	const range = document.createRange();

	range.selectNodeContents(node);

	const selection = window.getSelection();

	selection.removeAllRanges();
	selection.addRange(range);

	try {
		return document.execCommand('copy');
	}
	catch (copyRefused) {
		return false;
	}
}

function downloadText(text, fileName) {
	const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
	const link = element('a', {download: fileName, hidden: '', href: url});

	document.body.appendChild(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

// pv-base.css prints only the receipt panel while the page carries this attribute
function printReceipt() {
	const root = document.documentElement;
	const done = () => {
		root.removeAttribute('data-pv-printing-receipt');
		window.removeEventListener('afterprint', done);
	};

	root.setAttribute('data-pv-printing-receipt', '');
	window.addEventListener('afterprint', done);
	window.print();
}
