package org.peervoice.core.recognition;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.PeopleDirectory.RoleGroup;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SpreadsheetCell;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.people.RoleGroupSettingsService;

/**
 * Whether peer staff are recognized as much as others (VIEW_INSIGHTS), without telling anything about a few people.
 * The rule, which no combination of views recovers a hidden cell from:
 * <ol>
 * <li>fixed rows and columns only: the four role groups and the site's values (with any value used in those months that
 * the site no longer offers: without its row, the groups' sum less the other values would be its count), by each of the
 * last {@link #MONTHS} complete calendar months (UTC); no filters, no totals, no other periods; counted over every
 * recognition given, whatever its visibility, so a past month never changes;</li>
 * <li>a cell that counts fewer than {@link #SMALLEST_CELL} different people recognized shows "fewer than 5";</li>
 * <li>within a month, while the hidden groups (or values) count together fewer than {@link #SMALLEST_CELL} different
 * people, the smallest shown one is hidden too, so that no total known elsewhere (the groups of a month add up to its
 * recognitions received, and so do its values when each has one) gives one back by subtraction, even when the reader
 * knows the other hidden cells (a value the site added later was used by nobody before);</li>
 * <li>a group's headcount under {@link #SMALLEST_CELL} shows "fewer than 5", and then none of its per-head rates
 * (a rate and its count would give the headcount back).</li>
 * </ol>
 */
public final class RecognitionInsights {

	public static final int MONTHS = 12;
	public static final int SMALLEST_CELL = 5;
	static final String FEWER_THAN_FIVE = "<5";

	/** How long after its end a month is taken as complete on every node (their clocks may differ a little). */
	static final Duration SETTLED = Duration.ofHours(1);

	/** Kept months of all sites, per node: 12 a site; cleared when full (a restart has the same effect). */
	private static final int CACHED_MONTHS_MAX = 12_000;

	private final UnitOfWork unitOfWork;
	private final PeopleDirectory people;
	private final Clock clock;
	private final Map<String, MonthTally> completeMonths = new ConcurrentHashMap<>();

	public RecognitionInsights(UnitOfWork unitOfWork, PeopleDirectory people, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.people = people;
		this.clock = clock;
	}

	public EquityView equity(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW_INSIGHTS);
			return compute(actor.scope());
		});
	}

	/** The same view as CSV (RFC 4180): one line per group or value and month; hidden cells read {@value #FEWER_THAN_FIVE}. */
	public String csv(Identity who, long siteId) {
		EquityView view = equity(who, siteId);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord("kind", "name", "month", "received", "perHead", "headcount");
			for (EquityRow row : view.getGroups()) {
				for (EquityCell cell : row.getCells()) {
					printer.printRecord("role-group", row.getName(), cell.getMonth(), count(cell.getReceived()),
						cell.getPerHead() == null ? (cell.isFewerThanFive() ? FEWER_THAN_FIVE : "") : String.format(java.util.Locale.ROOT, "%.2f",
							cell.getPerHead()), row.getHeadcount() == null ? FEWER_THAN_FIVE : String.valueOf(row.getHeadcount()));
				}
			}
			for (EquityRow row : view.getValues()) {
				for (EquityCell cell : row.getCells()) {
					printer.printRecord("value", SpreadsheetCell.of(row.getName()), cell.getMonth(), count(cell.getReceived()), "", "");
				}
			}
		}
		catch (IOException notWithAStringWriter) {
			throw new UncheckedIOException(notWithAStringWriter);
		}
		return out.toString();
	}

	private static String count(Long received) {
		return received == null ? FEWER_THAN_FIVE : String.valueOf(received);
	}

	EquityView compute(Scope scope) {
		YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
		List<YearMonth> months = new ArrayList<>();
		for (int back = MONTHS; back >= 1; back--) {
			months.add(current.minusMonths(back));
		}
		Map<RoleGroup, Integer> headcount = people.headcount(scope.companyId(), scope.siteId(),
			new RoleGroupSettingsService(unitOfWork).rulesOf(scope));
		List<String> values = new ArrayList<>(RecognitionSettingsService.current(new JpaRecognitions(unitOfWork), scope).getValues());
		Map<RoleGroup, List<Tally>> byGroup = new HashMap<>();
		Map<String, List<Tally>> byValue = new HashMap<>();
		Instant now = clock.instant();
		List<MonthTally> tallies = new ArrayList<>();
		for (YearMonth month : months) {
			MonthTally tally = monthOf(scope, month, now);
			tallies.add(tally);
			// a value used then that the site no longer offers keeps its row, after the offered ones
			tally.used.keySet().stream().filter(value -> !values.contains(value)).sorted().forEach(values::add);
		}
		for (MonthTally tally : tallies) {
			for (RoleGroup group : RoleGroup.values()) {
				byGroup.computeIfAbsent(group, unused -> new ArrayList<>()).add(tally.groups.getOrDefault(group, new Tally()));
			}
			for (String value : values) {
				byValue.computeIfAbsent(value, unused -> new ArrayList<>()).add(tally.used.getOrDefault(value, new Tally()));
			}
		}
		List<String> monthNames = new ArrayList<>();
		months.forEach(month -> monthNames.add(month.toString()));
		List<EquityRow> groupRows = rows(List.of(RoleGroup.values()).stream().map(Enum::name).collect(java.util.stream.Collectors.toList()),
			name -> byGroup.get(RoleGroup.valueOf(name)), name -> headcount.getOrDefault(RoleGroup.valueOf(name), 0), monthNames, true);
		List<EquityRow> valueRows = rows(values, byValue::get, name -> null, monthNames, false);
		return new EquityView(monthNames, groupRows, valueRows);
	}

	/**
	 * A complete month's tallies. Recipient rows are never changed or deleted and keep the group they had when given, so
	 * a month that ended is read once per node and kept ({@link #completeMonths}); a month is kept only once it ended
	 * {@link #SETTLED} ago, so that a node whose clock runs behind cannot still be adding to it.
	 */
	private MonthTally monthOf(Scope scope, YearMonth month, Instant now) {
		Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		String key = scope.companyId() + "/" + scope.siteId() + "/" + month;
		MonthTally known = completeMonths.get(key);
		if (known != null) {
			return known;
		}
		MonthTally tally = new MonthTally();
		for (Object[] row : unitOfWork.entityManager().createQuery("SELECT r.roleGroup, r.recipientKey, g.valueKeys FROM RecognitionRecipient r,"
			+ " Recognition g WHERE g.id = r.recognitionId AND r.companyId = :companyId AND r.siteId = :siteId AND r.createdAt >= :from"
			+ " AND r.createdAt < :to", Object[].class).setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId())
			.setParameter("from", from).setParameter("to", to).getResultList()) {
			String recipient = (String) row[1];
			tally.groups.computeIfAbsent((RoleGroup) row[0], unused -> new Tally()).add(recipient);
			for (String value : ValueLines.split((String) row[2])) {
				tally.used.computeIfAbsent(value, unused -> new Tally()).add(recipient);
			}
		}
		if (now.isAfter(to.plus(SETTLED))) {
			if (completeMonths.size() >= CACHED_MONTHS_MAX) {
				completeMonths.clear();
			}
			completeMonths.put(key, tally);
		}
		return tally;
	}

	/** Rows with every month's hidden cells decided together (rules 2 and 3), then the per-head rates (rule 4). */
	private static List<EquityRow> rows(List<String> names, java.util.function.Function<String, List<Tally>> tallies,
		java.util.function.Function<String, Integer> heads, List<String> months, boolean perHead) {
		boolean[][] hidden = new boolean[names.size()][months.size()];
		for (int month = 0; month < months.size(); month++) {
			boolean anyHidden = false;
			Set<String> hiddenPeople = new HashSet<>();
			for (int row = 0; row < names.size(); row++) {
				Tally tally = tallies.apply(names.get(row)).get(month);
				hidden[row][month] = tally.people.size() < SMALLEST_CELL;
				if (hidden[row][month]) {
					anyHidden = true;
					hiddenPeople.addAll(tally.people);
				}
			}
			// the difference between a known total and the shown cells falls on the hidden ones: it must stand for at
			// least SMALLEST_CELL people, or a reader who knows the other hidden cells (a value added later is a known 0)
			// gets one of them back; "exactly one hidden" was not enough
			while (anyHidden && hiddenPeople.size() < SMALLEST_CELL) {
				int smallest = -1;
				for (int row = 0; row < names.size(); row++) {
					long count = tallies.apply(names.get(row)).get(month).received;
					if (!hidden[row][month] && (smallest < 0 || count < tallies.apply(names.get(smallest)).get(month).received)) {
						smallest = row;
					}
				}
				if (smallest < 0) {
					break;
				}
				hidden[smallest][month] = true;
				hiddenPeople.addAll(tallies.apply(names.get(smallest)).get(month).people);
			}
		}
		List<EquityRow> rows = new ArrayList<>();
		for (int row = 0; row < names.size(); row++) {
			Integer head = heads.apply(names.get(row));
			Integer shownHead = head == null || head < SMALLEST_CELL ? null : head;
			List<EquityCell> cells = new ArrayList<>();
			for (int month = 0; month < months.size(); month++) {
				long received = tallies.apply(names.get(row)).get(month).received;
				if (hidden[row][month]) {
					cells.add(EquityCell.fewerThanFive(months.get(month)));
				}
				else {
					cells.add(new EquityCell(months.get(month), received, perHead && shownHead != null ? (double) received / shownHead : null));
				}
			}
			rows.add(new EquityRow(names.get(row), perHead ? shownHead : null, cells));
		}
		return rows;
	}

	/** Recognitions received in one cell, and by how many different people. */
	/** One month of one site: who was recognized in each group and for each value. */
	private static final class MonthTally {

		final Map<RoleGroup, Tally> groups = new HashMap<>();
		final Map<String, Tally> used = new HashMap<>();

	}

	private static final class Tally {

		long received;
		final Set<String> people = new HashSet<>();

		void add(String recipient) {
			received++;
			people.add(recipient);
		}

	}

}
