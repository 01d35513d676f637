package org.ohsonline.testing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.testing.GroupStatistics;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultBatch;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.TestingReports;
import org.ohsonline.testing.statistics.ExposureAssessment;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A testing job's page: employer, scope, methods, participants, plan, results with their judgements,
 * the posts' verdicts and the EN 689 statistics with their charts; result entry and submission for
 * the agency's staff, acceptance or return for its reviewers; the results as Excel.
 */
@Controller
@PreAuthorize("hasAuthority('testing:job:read')")
class JobController {

	static final String PAGE = "testing/job";

	private static final List<String> RESULT_COLUMNS = List.of("testing.result.sampleNumber", "testing.post",
			"testing.point", "testing.subject", "testing.factor", "testing.method", "testing.mode", "testing.result.start",
			"testing.result.end", "testing.result.duration", "testing.result.value", "testing.unit",
			"testing.result.lod", "testing.result.nonDetect", "testing.judgement.verdict", "testing.judgement.rule",
			"testing.judgement.value", "testing.judgement.limit", "testing.judgement.clause", "testing.grade.column",
			"testing.grade.formulaColumn");

	private final TestingJobs jobs;

	private final TestingReports reports;

	private final Divisions divisions;

	private final JsonMapper json;

	private final MessageSource messages;

	JobController(TestingJobs jobs, TestingReports reports, Divisions divisions, JsonMapper json,
			MessageSource messages) {
		this.jobs = jobs;
		this.reports = reports;
		this.divisions = divisions;
		this.json = json;
		this.messages = messages;
	}

	@InitBinder("resultForm")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "jobId", "createdBy", "createdAt");
	}

	@GetMapping("/testing/jobs/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		JobView job = this.jobs.find(actor, id);
		if (!model.containsAttribute("resultForm")) {
			ResultForm form = new ResultForm();
			form.setMode(SamplingMode.AREA);
			model.addAttribute("resultForm", form);
		}
		return page(actor, job, model);
	}

	@PostMapping("/testing/jobs/{id}/results")
	@PreAuthorize("hasAuthority('testing:job:write')")
	String addResult(Actor actor, @PathVariable long id, @ModelAttribute("resultForm") ResultForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(actor, this.jobs.find(actor, id), model);
		}
		ResultBatch batch = this.jobs.addResults(actor, id, List.of(form.input()));
		if (!batch.rejected().isEmpty()) {
			List<FieldError> errors = batch.rejected()
				.stream()
				.map(r -> new FieldError(r.field(), r.code(), r.arguments()))
				.toList();
			FormErrors.apply(new InvalidInputException(errors), binding);
			return page(actor, this.jobs.find(actor, id), model);
		}
		redirect.addFlashAttribute("flashKey", "testing.result.addedDone");
		return "redirect:/testing/jobs/" + id + "#results";
	}

	@PostMapping("/testing/jobs/{id}/results/{resultId}/delete")
	@PreAuthorize("hasAuthority('testing:job:write')")
	String removeResult(Actor actor, @PathVariable long id, @PathVariable long resultId, RedirectAttributes redirect) {
		this.jobs.removeResult(actor, id, resultId);
		redirect.addFlashAttribute("flashKey", "testing.result.removedDone");
		return "redirect:/testing/jobs/" + id + "#results";
	}

	@PostMapping("/testing/jobs/{id}/submit")
	@PreAuthorize("hasAuthority('testing:job:write')")
	String submit(Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.jobs.submit(actor, id);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionError", ex.errors().get(0));
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("flashKey", "testing.job.submittedDone");
		return "redirect:/testing/jobs/" + id;
	}

	@PostMapping("/testing/jobs/{id}/accept")
	@PreAuthorize("hasAuthority('testing:job:review')")
	String accept(Actor actor, @PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.jobs.accept(actor, id);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionError", ex.errors().get(0));
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("flashKey", "testing.job.reviewedDone");
		return "redirect:/testing/jobs/" + id;
	}

	@PostMapping("/testing/jobs/{id}/return")
	@PreAuthorize("hasAuthority('testing:job:review')")
	String giveBack(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.jobs.giveBack(actor, id, reason);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionError", ex.errors().get(0));
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("flashKey", "testing.job.returnedDone");
		return "redirect:/testing/jobs/" + id;
	}

	@GetMapping("/testing/jobs/{id}/results.xlsx")
	void exportResults(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response) {
		JobView job = this.jobs.find(actor, id);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, job.number() + ".xlsx",
				message("testing.results.title", locale), RESULT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		for (JobView.ResultView r : job.results()) {
			JobView.JudgementView j = r.judgement();
			Optional<JobView.GradeView> grade = job.grades()
				.stream()
				.filter(g -> g.postId() == r.postId() && g.factorCode().equals(r.factorCode())
						&& Objects.equals(g.limitCode(), r.limitCode()))
				.findFirst();
			sheet.row(r.sampleNumber(), r.postName(), r.pointName(), r.subject(), r.factorCode() + " " + r.factorName(),
					r.method(), message("testing.mode." + r.mode(), locale), r.start().toString().replace('T', ' '),
					r.end().toString().replace('T', ' '), r.durationMinutes(), r.value(), r.unit(), r.limitOfDetection(),
					r.nonDetect() ? message("testing.result.nd", locale) : "",
					j == null ? message("testing.notJudged", locale) : message("testing.verdict." + j.verdict(), locale),
					j == null ? null : j.rule().quantity() + " / " + j.rule().limit(), j == null ? null : j.value(),
					j == null ? null : j.limit(), j == null ? null : j.clause(), grade.map(g -> label(g, locale)).orElse(null),
					grade.map(g -> formula(g, locale)).orElse(null));
		}
		sheet.finish();
	}

	private String page(Actor actor, JobView job, Model model) {
		model.addAttribute("job", job);
		List<GroupStatistics> statistics = this.jobs.statistics(actor, job.id());
		model.addAttribute("statistics", statistics);
		List<String> charts = new ArrayList<>();
		for (GroupStatistics g : statistics) {
			charts.add(g.assessment() == null ? "" : chart(g.assessment()));
		}
		model.addAttribute("charts", charts);
		Map<Long, String> posts = new LinkedHashMap<>();
		job.plan().forEach(p -> posts.putIfAbsent(p.postId(), p.workshopName() + " / " + p.postName()));
		Map<String, String> factors = new LinkedHashMap<>();
		job.plan().forEach(p -> factors.putIfAbsent(p.factorCode(), p.factorCode() + " " + p.factorName()));
		model.addAttribute("planPosts", posts);
		Map<Long, String> postNames = new LinkedHashMap<>();
		job.plan().forEach(p -> postNames.putIfAbsent(p.postId(), p.postName()));
		job.results().forEach(r -> postNames.putIfAbsent(r.postId(), r.postName()));
		model.addAttribute("postNames", postNames);
		model.addAttribute("planFactors", factors);
		model.addAttribute("modes", SamplingMode.values());
		model.addAttribute("intensities", LabourIntensity.values());
		model.addAttribute("regionName", this.divisions.fullName(job.regionCode()));
		model.addAttribute("reports", this.reports.ofJob(actor, job.id()));
		return PAGE;
	}

	/** What the chart script draws: the ordered results, the fitted line, the 95th percentile and the OEL. */
	private String chart(ExposureAssessment a) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("limit", a.limit());
		data.put("unit", a.unit());
		data.put("points", a.points()
			.stream()
			.map(p -> Map.of("id", p.id(), "z", p.normalScore(), "value", p.value(), "nonDetect", p.nonDetect()))
			.toList());
		data.put("line", a.line().stream().map(q -> List.of(q.normalScore(), q.value())).toList());
		if (a.fit() != null) {
			data.put("p95", a.fit().percentileValue());
			data.put("utl", a.fit().upperToleranceLimit());
		}
		return this.json.writeValueAsString(data);
	}

	/** The grade as the page names it: the table's name, 0级/Ⅰ级…, beyond the table, or why none. */
	private String label(JobView.GradeView g, Locale locale) {
		if (g.status() != JobView.GradeStatus.GRADED) {
			return message(g.formulaKey(), g.formulaArguments(), locale);
		}
		if (g.beyondTable()) {
			return message("testing.grade.beyondTable", locale);
		}
		return g.gradeName() != null ? g.gradeName() : message("testing.grade.numeral", List.of(g.grade().numeral()), locale);
	}

	/** The formula filled in, with B and the inputs for chemicals and dusts. */
	private String formula(JobView.GradeView g, Locale locale) {
		if (g.status() != JobView.GradeStatus.GRADED) {
			return null;
		}
		String formula = message(g.formulaKey(), g.formulaArguments(), locale) + " → " + label(g, locale);
		if ("CHEMICAL".equals(g.kind()) || "DUST".equals(g.kind())) {
			formula += "; " + message(g.detailKey(), g.detailArguments(), locale);
		}
		return formula;
	}

	private String message(String code, List<Object> arguments, Locale locale) {
		return this.messages.getMessage(code, arguments.toArray(), code, locale);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
