import assert from 'node:assert/strict';
import {test} from 'node:test';

// pv-suggestion-box.js defines a custom element when loaded; outside a browser there is none to define
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {}};

const {dropSubmitNotice, receiptFileText, voteDisplay} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-suggestion-box.js');

const t = (key, ...args) => `${key}${args.length ? `(${args.join(',')})` : ''}`;

test('a writer gets no "Me too" on their own item, only the count', () => {
	for (const votedByMe of [false, true]) {
		const shown = voteDisplay({mine: true, voteCount: 3, votedByMe}, t, true);

		assert.equal(shown.button, null);
		assert.equal(shown.pressed, false);
		assert.equal(shown.count, 'x-people-agree(3)');
	}
});

test('"Me too" turns into who agrees once voted, and is pressed', () => {
	for (let votes = 0; votes <= 5; votes++) {
		const before = voteDisplay({mine: false, voteCount: votes, votedByMe: false}, t, true);

		assert.equal(before.button, 'me-too');
		assert.equal(before.pressed, false);
		assert.equal(before.count, votes === 1 ? 'one-person-agrees' : `x-people-agree(${votes})`);
	}

	const expected = ['you-agree', 'you-agree', 'you-and-one-other-agree', 'you-and-x-others-agree(2)', 'you-and-x-others-agree(9)'];

	[0, 1, 2, 3, 10].forEach((votes, index) => {
		const after = voteDisplay({mine: false, voteCount: votes, votedByMe: true}, t, true);

		assert.equal(after.button, expected[index], String(votes));
		assert.equal(after.pressed, true);
		assert.equal(after.count, '', 'the button already says it');
	});
});

test('whoever may not vote sees only the count', () => {
	const shown = voteDisplay({mine: false, voteCount: 1, votedByMe: false}, t, false);

	assert.equal(shown.button, null);
	assert.equal(shown.count, 'one-person-agrees');
});

test('a receipt file holds the code and what it is for', () => {
	const receipt = 'PV-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH';
	const text = receiptFileText(receipt, t);
	const lines = text.split('\r\n');

	assert.ok(lines.includes(receipt), text);
	assert.ok(lines.includes('receipt-explanation'), text);
	assert.ok(lines.includes('receipt-is-shown-only-once'), text);
	assert.equal(lines[0], 'save-your-receipt-now');
});

test('a "posted" notice beside the form goes, and only that one', () => {
	const removed = [];
	const notice = {remove: () => removed.push('notice')};
	const form = {parentNode: {querySelector: (selector) => (selector === '[data-submit-notice]' ? notice : null)}};

	dropSubmitNotice(form);
	assert.deepEqual(removed, ['notice']);

	dropSubmitNotice({parentNode: {querySelector: () => null}});
	dropSubmitNotice({parentNode: null});
	assert.deepEqual(removed, ['notice']);
});
