import assert from 'node:assert/strict';
import {test} from 'node:test';

// pv-suggestion-box.js defines a custom element when loaded; outside a browser there is none to define
globalThis.HTMLElement = class {};
globalThis.customElements = {define() {}, get() {}};

const {
	activeFilterCount, clearedFilters, dropSubmitNotice, listIntro, listRequest, originLink, statusCountEntries, statusesOf,
	viewStateFrom, viewStateToLocation, voteDisplay,
} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-suggestion-box.js');
const {receiptFileText} = await import('../../main/resources/META-INF/resources/peervoice-ui/pv-receipt.js');

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

test('the status counts show the statuses holding items, the selected one always, and the total first', () => {
	const counts = {DECLINED: 0, DONE: 2, IN_PROGRESS: 0, PLANNED: 3, SUBMITTED: 0, UNDER_REVIEW: 1, WITHDRAWN: 4};

	assert.deepEqual(statusCountEntries('board', counts, undefined), [
		{count: 6, status: ''}, {count: 1, status: 'UNDER_REVIEW'}, {count: 3, status: 'PLANNED'}, {count: 2, status: 'DONE'},
	], 'the board never lists withdrawn items');
	assert.deepEqual(statusCountEntries('queue', counts, 'DECLINED').map((entry) => entry.status),
		['', 'UNDER_REVIEW', 'PLANNED', 'DONE', 'DECLINED', 'WITHDRAWN']);
	assert.equal(statusCountEntries('queue', counts, undefined)[0].count, 10);
	assert.deepEqual(statusCountEntries('mine', {}, undefined), [{count: 0, status: ''}]);
});

test('a view state read from a tampered URL keeps only what the view knows', () => {
	const wanted = {category: 'c'.repeat(61), page: '0', q: `  ${'x'.repeat(150)} `, size: '1000', sort: 'oldest', status: 'WITHDRAWN',
		waiting: '1'};
	const board = viewStateFrom('board', wanted);

	assert.equal(board.category, undefined);
	assert.equal(board.page, 1);
	assert.equal(board.q.length, 100, 'a search no longer than the API takes');
	assert.equal(board.pageSize, undefined);
	assert.equal(board.sort, 'votes');
	assert.equal(board.status, undefined, 'no withdrawn items on the board');
	assert.equal(board.waiting, undefined, 'needs a first response is for the queue only');

	const queue = viewStateFrom('queue', {page: '3', q: 'rota', size: '25', sort: 'newest', status: 'WITHDRAWN', waiting: '1'});

	assert.deepEqual([queue.page, queue.q, queue.pageSize, queue.sort, queue.status, queue.waiting],
		[3, 'rota', 25, 'newest', 'WITHDRAWN', true]);
	assert.equal(viewStateFrom('queue', {size: '7'}).pageSize, undefined);
	assert.equal(viewStateFrom('done', {status: 'DONE'}).status, undefined);
});

test('a view state survives the URL round trip, defaults left out', () => {
	for (const view of ['board', 'queue', 'mine', 'done']) {
		const state = viewStateFrom(view, {category: 'other', page: '2', q: 'quiet room', size: '50', sort: 'newest', status: 'PLANNED',
			waiting: '1'});
		const written = viewStateToLocation(view, state);
		const strings = Object.fromEntries(Object.entries(written).filter(([, value]) => value !== null && value !== undefined)
			.map(([name, value]) => [name, String(value)]));

		assert.deepEqual(viewStateFrom(view, strings), state, view);
	}

	assert.deepEqual(Object.values(viewStateToLocation('board', viewStateFrom('board', {}))).filter((value) => value != null), []);
});

test('the list request carries the search, the page size and the queue-only filter', () => {
	const queue = listRequest('queue', {page: 2, pageSize: 25, q: 'rota', sort: undefined, waiting: true});

	assert.equal(queue.needsFirstResponse, 'true');
	assert.equal(queue.pageSize, 25);
	assert.equal(queue.q, 'rota');
	assert.equal(queue.view, 'queue');
	assert.equal(listRequest('board', {page: 1, waiting: true}).needsFirstResponse, undefined);
	assert.equal(listRequest('board', {page: 1}).pageSize, 10);
});

test('clearing the filters keeps the sort and page size and goes back to page 1', () => {
	const state = {category: 'other', page: 4, pageSize: 25, q: 'rota', sort: 'newest', status: 'DONE', waiting: true};

	assert.equal(activeFilterCount(state), 4);
	assert.deepEqual(clearedFilters(state), {page: 1, pageSize: 25, sort: 'newest'});
	assert.equal(activeFilterCount(clearedFilters(state)), 0);
	assert.equal(state.q, 'rota', 'the state itself is left as it was');
});

test('the queue intro names the order it is in', () => {
	assert.equal(listIntro('queue', undefined, t), 'review-queue-intro-oldest-first');
	assert.equal(listIntro('queue', 'newest', t), 'review-queue-intro-newest-first');
	assert.equal(listIntro('queue', 'votes', t), 'review-queue-intro-most-votes-first');
	assert.equal(listIntro('board', 'newest', t), 'board-intro');
	assert.deepEqual(statusesOf('done'), ['DONE']);
});

test('a suggestion taken forward links to its town hall opened at the question it came from, on the town-hall page', () => {
	assert.equal(originLink('/web/riverside/town-halls', {questionId: 'q 1', townHallId: 'th-1', townHallTitle: 'Spring'}),
		'/web/riverside/town-halls#pvt-id=th-1&pvt-question=q%201');
	assert.equal(originLink('/sites/1/town-halls', {townHallId: 'th-1'}), '/sites/1/town-halls#pvt-id=th-1', 'no question: the town hall');
});
