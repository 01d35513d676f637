package org.ohsonline.shared.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Tallies;
import org.ohsonline.shared.Tally;

/**
 * A card of the console's home page, contributed by the module that owns the work it lists, as a
 * bean — the way modules contribute {@link MenuItem}s and {@link RecordSection}s. The home page shows
 * the cards the user may see, most urgent first: each card is a short work queue (what is overdue,
 * due soon or waiting, each line a link to the page where it is done), or figures with a chart.
 * <p>
 * A card computes its {@link View} with the caller's own actor through its module's facade, so it
 * shows exactly what the caller's scope covers; home pages are opened often, so a card should cost
 * one or two indexed queries.
 */
public interface HomeCard {

	/** The card's key, unique on the platform (the card's {@code data-testid} is {@code home-card-<key>}). */
	String key();

	/** Message key of the card's title. */
	String labelKey();

	/**
	 * Position among cards of the same urgency (lower first), in the tens of the menu groups (see the
	 * console's MenuGroup): 0–79 the modules' work, 80–99 administration, 100 and above the user's own.
	 * Administrators, who hold every permission to run the platform but supervise nothing, see only
	 * the administration cards and their own.
	 */
	int order();

	/** The permission a user needs to see the card. */
	String permission();

	/** The kinds of scope that see the card; empty for every kind. */
	default Set<Scope.Kind> scopeKinds() {
		return Set.of();
	}

	/**
	 * A further condition, for cards that depend on more than the scope's kind (an institution that
	 * examines workers, not one that diagnoses); true unless a card says otherwise.
	 */
	default boolean appliesTo(Actor actor) {
		return true;
	}

	/** Whether the actor sees the card at all: the permission, the scope kind and {@link #appliesTo}. */
	default boolean visibleTo(Actor actor) {
		return actor != null && actor.can(permission())
				&& (scopeKinds().isEmpty() || scopeKinds().contains(actor.scope().kind())) && appliesTo(actor);
	}

	/** What the card shows the actor, read in the actor's own scope. */
	View view(Actor actor);

	/**
	 * A card from its parts, for modules that declare their cards as beans.
	 * @param scopeKinds the kinds of scope that see it; empty for every kind
	 * @param view what it shows an actor who sees it
	 */
	static HomeCard of(String key, String labelKey, int order, String permission, Set<Scope.Kind> scopeKinds,
			Function<Actor, View> view) {
		return new Defined(key, labelKey, order, permission, Set.copyOf(scopeKinds), null, view);
	}

	/** The same card, shown only to actors meeting the condition as well. */
	default HomeCard when(Predicate<Actor> condition) {
		HomeCard card = this;
		return new Defined(key(), labelKey(), order(), permission(), scopeKinds(),
				actor -> card.appliesTo(actor) && condition.test(actor), card::view);
	}

	/** A card made by {@link #of}. */
	record Defined(String key, String labelKey, int order, String permission, Set<Scope.Kind> scopeKinds,
			Predicate<Actor> condition, Function<Actor, View> viewer) implements HomeCard {

		public Defined {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(labelKey, "labelKey");
			Objects.requireNonNull(permission, "permission");
			Objects.requireNonNull(viewer, "viewer");
		}

		@Override
		public boolean appliesTo(Actor actor) {
			return this.condition == null || this.condition.test(actor);
		}

		@Override
		public View view(Actor actor) {
			return this.viewer.apply(actor);
		}

	}

	/**
	 * How pressing a line is. A card is as urgent as its most urgent line; cards sort by it, then by
	 * {@link #order()}.
	 */
	enum Urgency {

		/** Past a deadline (red). */
		OVERDUE,
		/** A deadline within {@value Deadline#AMBER_DAYS} days (amber). */
		DUE_SOON,
		/** Waiting for the user, no deadline passed. */
		TO_DO,
		/** A figure to know, not a task. */
		INFO,
		/** Nothing waiting (a queue at zero). */
		NONE;

		/** The more urgent of the two. */
		public Urgency max(Urgency other) {
			return other == null || compareTo(other) <= 0 ? this : other;
		}

		/** Red past the date, amber from 7 days before, otherwise to do. */
		public static Urgency of(Deadline deadline) {
			if (deadline == null) {
				return TO_DO;
			}
			return deadline.overdue() ? OVERDUE : deadline.dueSoon() ? DUE_SOON : TO_DO;
		}

	}

	/**
	 * A text shown on a card: a message key (with the text to show where the bundles lack it), a
	 * value as it is (a name, a number), or a region code that the page names from the division
	 * catalog.
	 */
	record Label(String key, String text, String region) {

		public static Label key(String key) {
			return new Label(Objects.requireNonNull(key), null, null);
		}

		/** A message, or {@code fallback} where no bundle has the key (a name an administrator chose). */
		public static Label key(String key, String fallback) {
			return new Label(Objects.requireNonNull(key), fallback, null);
		}

		public static Label text(String text) {
			return new Label(null, text == null ? "" : text, null);
		}

		public static Label region(String code) {
			return new Label(null, null, Objects.requireNonNull(code));
		}

	}

	/**
	 * One line of a card: a count of things waiting (or a single thing), what they are and where they
	 * are done.
	 *
	 * @param key the line's key within the card ({@code data-testid} of the line)
	 * @param urgency how pressing it is
	 * @param labelKey message key of what the line counts
	 * @param arguments arguments of the label (names, dates as {@code yyyy-MM-dd}, numbers)
	 * @param count how many, or {@code null} for a line about one thing
	 * @param href the page where the work is done, relative to the application
	 * @param deadline the clock to show (the oldest overdue, the nearest due), or {@code null}
	 * @param detailKey message key of a second, smaller text, or {@code null}
	 * @param detailArguments its arguments
	 */
	record Line(String key, Urgency urgency, String labelKey, List<Object> arguments, Long count, String href,
			Deadline deadline, String detailKey, List<Object> detailArguments) {

		public Line {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(urgency, "urgency");
			Objects.requireNonNull(labelKey, "labelKey");
			arguments = shown(arguments);
			detailArguments = shown(detailArguments);
		}

		/** Arguments as the page shows them: an unknown value as a dash, never {@code null}. */
		private static List<Object> shown(List<Object> arguments) {
			return arguments == null ? List.of()
					: arguments.stream().map(a -> a == null ? (Object) "—" : a).toList();
		}

		/**
		 * A count of things waiting: as urgent as {@code urgency} when there are any, {@link Urgency#NONE}
		 * when there are none.
		 */
		public static Line count(String key, String labelKey, long count, String href, Urgency urgency) {
			return new Line(key, count > 0 ? urgency : Urgency.NONE, labelKey, List.of(), count, href, null, null,
					List.of());
		}

		/** A figure to know. */
		public static Line figure(String key, String labelKey, long count, String href) {
			return new Line(key, Urgency.INFO, labelKey, List.of(), count, href, null, null, List.of());
		}

		/** One thing, without a count (my next exam, a certificate). */
		public static Line item(String key, Urgency urgency, String labelKey, String href, Object... arguments) {
			return new Line(key, urgency, labelKey, Arrays.asList(arguments), null, href, null, null, List.of());
		}

		/** The same line showing a clock; a line that counts nothing keeps no clock. */
		public Line withDeadline(Deadline deadline) {
			if (this.count != null && this.count == 0) {
				return this;
			}
			return new Line(this.key, this.urgency, this.labelKey, this.arguments, this.count, this.href, deadline,
					this.detailKey, this.detailArguments);
		}

		/** The same line showing the clock of a due date seen from today; none when the date is {@code null}. */
		public Line withDeadline(LocalDate dueOn, LocalDate today) {
			return dueOn == null ? this : withDeadline(Deadline.of(dueOn, today));
		}

		/** The same line with a second, smaller text (the oldest item, who it concerns). */
		public Line withDetail(String detailKey, Object... arguments) {
			return new Line(this.key, this.urgency, this.labelKey, this.arguments, this.count, this.href,
					this.deadline, detailKey, Arrays.asList(arguments));
		}

		/** The same line with arguments for its label. */
		public Line withArguments(Object... arguments) {
			return new Line(this.key, this.urgency, this.labelKey, Arrays.asList(arguments), this.count, this.href,
					this.deadline, this.detailKey, this.detailArguments);
		}

	}

	/**
	 * A small table of counts: an overdue list by township and by employer.
	 *
	 * @param key the table's key within the card
	 * @param titleKey message key of the table's caption
	 * @param columnKey message key of the first column's heading
	 * @param rows the rows, in the order to show
	 */
	record Breakdown(String key, String titleKey, String columnKey, List<Row> rows) {

		public Breakdown {
			rows = List.copyOf(rows);
		}

		/** A row: what is counted, how many, and the list of them (or {@code null}). */
		public record Row(Label name, long count, String href) {
		}

		/** A list's tallies by lower division, each row linking to the list narrowed to it. */
		public static Breakdown byRegion(Tallies tallies, Function<String, String> href) {
			return new Breakdown("by-region", "home.breakdown.byRegion", "home.breakdown.region",
					tallies.byRegion()
						.stream()
						.map(t -> new Row(Label.region(t.key()), t.count(), href.apply(t.key())))
						.toList());
		}

		/** A list's tallies for the employers with most (key: the employer's id), each row linking to its list. */
		public static Breakdown byEmployer(Tallies tallies, Function<Tally, String> href) {
			return new Breakdown("by-employer", "home.breakdown.byEmployer", "home.breakdown.employer",
					tallies.byEmployer().stream().map(t -> new Row(Label.text(t.name()), t.count(), href.apply(t))).toList());
		}

		/** Both tables, for a supervisor's overdue list; none when nothing is overdue. */
		public static List<Breakdown> of(Tallies tallies, Function<String, String> regionHref,
				Function<Tally, String> employerHref) {
			return tallies.total() == 0 ? List.of()
					: List.of(byRegion(tallies, regionHref), byEmployer(tallies, employerHref));
		}

	}

	/**
	 * A small chart (ECharts) with its table view: categories along the axis, one series per thing
	 * counted. The page titles it, names the unit and the data date, and lets the user switch to the
	 * table and download the picture.
	 *
	 * @param titleKey message key of the title
	 * @param unitKey message key of the unit of the values (家, 人次, 条)
	 * @param dataDate the day the figures are counted to
	 */
	record Chart(String titleKey, String unitKey, LocalDate dataDate, Type type, List<Label> categories,
			List<Series> series) {

		public Chart {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
		}

		public enum Type {

			BAR, STACKED_BAR, LINE

		}

		/**
		 * One thing counted.
		 *
		 * @param tone the colour it must have where the colour means something (a risk class's traffic
		 * light), or {@code null} for the chart's palette
		 */
		public record Series(Label name, List<Long> values, Tone tone) {

			public Series {
				values = List.copyOf(values);
			}

			public Series(Label name, List<Long> values) {
				this(name, values, null);
			}

		}

		/** The meaning a series' colour carries; the page maps each to the console's palette. */
		public enum Tone {

			GOOD, CAUTION, BAD, NEUTRAL

		}

		/** Whether there is anything to draw. */
		public boolean empty() {
			return this.categories.isEmpty()
					|| this.series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null || v == 0));
		}

	}

	/**
	 * What a card shows: its lines, tables and chart, and a note (what to do when there is nothing,
	 * how the figures are counted).
	 *
	 * @param noteKey message key of a muted note under the lines, or {@code null}
	 * @param noteArguments its arguments
	 */
	record View(List<Line> lines, List<Breakdown> breakdowns, Chart chart, String noteKey, List<Object> noteArguments) {

		public View {
			lines = lines == null ? List.of() : List.copyOf(lines);
			breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
			noteArguments = noteArguments == null ? List.of() : List.copyOf(noteArguments);
		}

		/** The view of a card with nothing to show this actor (a station's card for staff who run none): not shown. */
		private static final View NOTHING = new View(List.of(), List.of(), null, null, List.of());

		/** Leave the card out for this actor; for conditions that only the card's own query can tell. */
		public static View nothing() {
			return NOTHING;
		}

		/** Whether the card is to be left out ({@link #nothing()}). */
		public boolean isNothing() {
			return this == NOTHING;
		}

		public static View of(Line... lines) {
			return new View(List.of(lines), List.of(), null, null, List.of());
		}

		public static View of(List<Line> lines) {
			return new View(lines, List.of(), null, null, List.of());
		}

		public View withBreakdowns(List<Breakdown> breakdowns) {
			return new View(this.lines, breakdowns, this.chart, this.noteKey, this.noteArguments);
		}

		public View withChart(Chart chart) {
			return new View(this.lines, this.breakdowns, chart, this.noteKey, this.noteArguments);
		}

		public View withNote(String noteKey, Object... arguments) {
			return new View(this.lines, this.breakdowns, this.chart, noteKey, Arrays.asList(arguments));
		}

		/** The most urgent line's urgency; {@link Urgency#INFO} for a card of figures or a chart only. */
		public Urgency urgency() {
			Urgency most = this.lines.isEmpty() ? Urgency.INFO : Urgency.NONE;
			for (Line line : this.lines) {
				most = most.max(line.urgency());
			}
			return this.chart != null ? most.max(Urgency.INFO) : most;
		}

	}

}
