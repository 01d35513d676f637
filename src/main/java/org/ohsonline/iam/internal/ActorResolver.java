package org.ohsonline.iam.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.iam.Actors;
import org.ohsonline.shared.Actor;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller take an {@link Actor} parameter: the signed-in user or token owner, with the
 * client address and channel, or {@code null} when nobody is signed in. Only the web layer looks at
 * the security context; domain code receives the actor explicitly.
 */
@Configuration(proxyBeanMethods = false)
class ActorResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer, Actors {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// A one-time password must be replaced before anything else is done with the account.
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof OhsPrincipal principal
						&& principal.mustChangePassword()) {
					response.sendRedirect(request.getContextPath() + "/account/password?required");
					return false;
				}
				return true;
			}
		}).excludePathPatterns("/account/password", "/logout", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/api/**");
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current(webRequest.getNativeRequest(HttpServletRequest.class));
	}

	@Override
	public Actor current(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OhsPrincipal principal)) {
			return null;
		}
		boolean api = request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return principal.toActor(request == null ? "unknown" : request.getRemoteAddr(),
				api ? Actor.Channel.API : Actor.Channel.UI);
	}

}
