package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.enforcement.Candidate;
import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases opened from the inspector's queue. The candidate is read through its module's facade with the caller's actor
 * (its own read permission and scope), the employer through the register's {@link Employers#inScope}: both ends of the
 * link are the caller's, or the candidate does not exist for them.
 */
@Service
class CandidateCaseService implements CaseCandidates {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * The violation a case from a candidate usually cites (职业病防治法 2018, shared/reference/…-law-2018.md): an
	 * exceedance Art. 72(1) (强度或者浓度超过国家职业卫生标准), testing not done 72(4), not declared 71(1), exams missing
	 * 71(4), a contraindicated worker kept at the post 75(7). The inspector may cite another.
	 */
	private static final Map<String, String> SUGGESTED = Map.of("ALERT", "72.1", "ALERT_CONFIRMED", "72.1", "EXCEEDANCE",
			"72.1", "OVERDUE_TEST", "72.4", "UNDECLARED", "71.1", "EXAMS_MISSING", "71.4", "CONTRAINDICATED_AT_POST", "75.7");

	private final Alerts alerts;

	private final Rectifications rectifications;

	private final Employers employers;

	private final EnforcementCaseStore store;

	private final EnforcementCaseRules rules;

	private final CaseFiling filing;

	private final Cases cases;

	private final Clock clock;

	CandidateCaseService(Alerts alerts, Rectifications rectifications, Employers employers, EnforcementCaseStore store,
			EnforcementCaseRules rules, CaseFiling filing, Cases cases, Clock clock) {
		this.alerts = alerts;
		this.rectifications = rectifications;
		this.employers = employers;
		this.store = store;
		this.rules = rules;
		this.filing = filing;
		this.cases = cases;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Candidate find(Actor actor, CandidateKind kind, long id) {
		actor.require(EnforcementCaseService.CASE_READ);
		return candidate(actor, kind, id);
	}

	private Candidate candidate(Actor actor, CandidateKind kind, long id) {
		if (kind == null) {
			throw new NotFoundException("candidate", id);
		}
		LocalDate today = today();
		DiscretionBenchmark benchmark = this.rules.benchmark(today);
		String law = benchmark.laws().contains(PenaltyArticles.LAW_2018) ? PenaltyArticles.LAW_2018
				: benchmark.laws().stream().findFirst().orElse(PenaltyArticles.LAW_2018);
		List<Candidate.Article> articles = benchmark.articles(law)
			.stream()
			.map(a -> new Candidate.Article(a, PenaltyArticles.items(law, a)))
			.toList();
		Candidate c = switch (kind) {
			case ALERT -> {
				AlertView a = this.alerts.find(actor, id);
				yield new Candidate(kind, id, a.employerId(), a.employerName(), null, a.regionCode(), a.hazardName(),
						a.resolvedAt() == null ? null : LocalDate.ofInstant(a.resolvedAt(), ZONE),
						a.status() == AlertStatus.CONFIRMED, suggested(law, "ALERT"), law, articles, null, null);
			}
			case RECTIFICATION -> {
				RectificationView r = this.rectifications.find(actor, id);
				yield new Candidate(kind, id, r.employerId(), r.employerName(), r.creditCode(), r.regionCode(),
						r.findingKind(), r.dueOn(), r.overdue() && r.status() != RectificationStatus.RELEASED,
						suggested(law, r.findingKind()), law, articles, null, null);
			}
		};
		// the other end of the link: the employer, in the caller's scope as well
		EmployerView employer = this.employers.inScope(actor, c.employerId())
			.orElseThrow(() -> new NotFoundException("employer", c.employerId()));
		Optional<CaseRef> opened = this.store.byCandidates(ScopeFilter.of(actor), kind, List.of(id)).values().stream().findFirst();
		return new Candidate(kind, id, employer.id(), employer.name(), employer.creditCode(), employer.regionCode(),
				c.subject(), c.since(), c.eligible(), c.suggested(), law, articles, opened.map(CaseRef::id).orElse(null),
				opened.map(CaseRef::actionCode).orElse(null));
	}

	private static LegalBasis suggested(String law, String kind) {
		String key = SUGGESTED.get(kind);
		return key == null ? null : LegalBasis.ofKey(law, key);
	}

	@Override
	@Transactional
	public CaseView open(Actor actor, CandidateKind kind, long id, int article, int item, String facts,
			LocalDate filedOn) {
		actor.require(EnforcementCaseService.CASE_WRITE);
		Candidate c = candidate(actor, kind, id);
		List<FieldError> errors = new ArrayList<>();
		if (!c.eligible()) {
			errors.add(FieldError.of("candidate", "enforcement.candidate.notACandidate"));
		}
		boolean covered = c.articles().stream().anyMatch(a -> a.article() == article);
		if (!covered || !PenaltyArticles.citable(c.law(), article, item)) {
			errors.add(FieldError.of("article", "enforcement.candidate.violationUnknown"));
		}
		if (facts == null || facts.isBlank()) {
			errors.add(FieldError.of("facts", "enforcement.case.factsRequired"));
		}
		Limits.check(errors, "facts", facts, Limits.TEXT);
		LocalDate today = today();
		LocalDate filed = filedOn == null ? today : filedOn;
		if (filed.isAfter(today) || (c.since() != null && filed.isBefore(c.since()))) {
			errors.add(FieldError.of("filedOn", "enforcement.case.filedOnInvalid"));
		}
		if (c.caseId() != null || this.store.byCandidate(kind, id).isPresent()) {
			errors.add(FieldError.of("candidate", "enforcement.candidate.caseExists"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		LegalBasis violation = new LegalBasis(c.law(), article, 0, item);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("candidate", kind.name() + ":" + id);
		long caseId = this.filing.file(actor,
				new CaseFiling.Employer(c.employerId(), c.creditCode(), c.employerName(), c.regionCode()),
				new EnforcementCaseStore.Source(null, null, kind, id), violation, facts.trim(), filed, data);
		return this.cases.find(actor, caseId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, CaseRef> opened(Actor actor, CandidateKind kind, Collection<Long> ids) {
		actor.require(EnforcementCaseService.CASE_READ);
		return this.store.byCandidates(ScopeFilter.of(actor), kind, ids);
	}

}
