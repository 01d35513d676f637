package org.ohsonline.iam.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.iam.internal.UserView;

/** The user form as bound from the page. */
public class UserForm {

	private String username;

	private String displayName;

	private String regionCode;

	private String scopeValue;

	private Set<String> roles = new LinkedHashSet<>();

	private String mobile;

	private boolean enabled = true;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.regionCode = user.regionCode();
		form.scopeValue = "REGION".equals(user.scopeKind()) ? null : user.scopeValue();
		form.roles = new LinkedHashSet<>(user.roles());
		form.enabled = user.enabled();
		return form;
	}

	UserCommand toCommand() {
		return new UserCommand(this.username, this.displayName, this.regionCode, this.scopeValue, this.roles, this.mobile,
				this.enabled);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getScopeValue() {
		return this.scopeValue;
	}

	public void setScopeValue(String scopeValue) {
		this.scopeValue = scopeValue;
	}

	public Set<String> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<String> roles) {
		this.roles = roles == null ? new LinkedHashSet<>() : roles;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
