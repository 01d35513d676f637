package org.ohsonline.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Renders one fragment of a page template to a string for the request being answered, with what a page rendered by
 * Spring MVC has: messages in the request's locale, links ({@code @{...}}) relative to the application's context path
 * and beans ({@code ${@fmt...}}). For markup a controller keeps and puts into several pages (e.g. the dashboard's
 * figures, the same for everyone who may see the region): the page then writes it with {@code th:utext}, so only
 * markup rendered by a template — whose values Thymeleaf has escaped — may be passed on that way.
 */
@Component
public class TemplateFragments {

	private final ITemplateEngine templates;

	private final JakartaServletWebApplication application;

	private final ApplicationContext applicationContext;

	private final ConversionService conversions;

	TemplateFragments(ITemplateEngine templates, ServletContext servletContext, ApplicationContext applicationContext,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
		this.applicationContext = applicationContext;
		this.conversions = conversions;
	}

	/** The fragment {@code fragment} of {@code template} (as in {@code ~{template :: fragment}}) with the variables. */
	public String render(String template, String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		WebContext context = new WebContext(this.application.buildExchange(request, response), locale, variables);
		// One per rendering: Thymeleaf sets the rendering's expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, this.conversions));
		return this.templates.process(template, Set.of(fragment), context);
	}

}
