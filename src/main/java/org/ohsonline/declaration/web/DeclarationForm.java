package org.ohsonline.declaration.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.ManagementOrganisation;
import org.ohsonline.declaration.DeclarationView;

/** The declaration form as bound from the page; item rows are added and removed with htmx. */
public class DeclarationForm {

	private DeclarationKind kind;

	private List<String> reasons = new ArrayList<>();

	private String measures;

	private Integer totalExposed;

	private String principalName;

	private Boolean principalTrained;

	private ManagementOrganisation organisation;

	private Integer fullTimeManagers;

	private Integer partTimeManagers;

	private Boolean managersTrained;

	private List<ItemForm> items = new ArrayList<>();

	static DeclarationForm of(DeclarationView declaration) {
		DeclarationForm form = new DeclarationForm();
		form.kind = declaration.kind();
		form.reasons = new ArrayList<>(declaration.reasons());
		form.measures = declaration.measures();
		form.totalExposed = declaration.totalExposed();
		form.management(declaration.management());
		declaration.items()
			.forEach(i -> form.items.add(ItemForm.of(i.hazardCode(), i.exposedHeadcount(), i.posts(), i.measures())));
		return form;
	}

	/** The proposal of the register: items, the exposed total and the principal. */
	static DeclarationForm proposed(DeclarationCommand proposal) {
		DeclarationForm form = new DeclarationForm();
		form.totalExposed = proposal.totalExposed();
		form.management(proposal.management());
		proposal.items()
			.forEach(i -> form.items.add(ItemForm.of(i.hazardCode(), i.exposedHeadcount(), i.posts(), i.measures())));
		return form;
	}

	private void management(DeclarationManagement management) {
		this.principalName = management.principalName();
		this.principalTrained = management.principalTrained();
		this.organisation = management.organisation();
		this.fullTimeManagers = management.fullTimeManagers();
		this.partTimeManagers = management.partTimeManagers();
		this.managersTrained = management.managersTrained();
	}

	DeclarationCommand toCommand(long employerId) {
		return new DeclarationCommand(employerId, this.kind, this.reasons, this.measures, this.totalExposed,
				new DeclarationManagement(this.principalName, this.principalTrained, this.organisation,
						this.fullTimeManagers, this.partTimeManagers, this.managersTrained),
				this.items.stream()
					.map(i -> i == null ? null
							: new DeclarationCommand.Item(i.getHazardCode(), i.getExposedHeadcount(), i.getPosts(),
									i.getMeasures()))
					.toList());
	}

	public DeclarationKind getKind() {
		return this.kind;
	}

	public void setKind(DeclarationKind kind) {
		this.kind = kind;
	}

	public List<String> getReasons() {
		return this.reasons;
	}

	public void setReasons(List<String> reasons) {
		this.reasons = reasons == null ? new ArrayList<>() : reasons;
	}

	public String getMeasures() {
		return this.measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public Integer getTotalExposed() {
		return this.totalExposed;
	}

	public void setTotalExposed(Integer totalExposed) {
		this.totalExposed = totalExposed;
	}

	public String getPrincipalName() {
		return this.principalName;
	}

	public void setPrincipalName(String principalName) {
		this.principalName = principalName;
	}

	public Boolean getPrincipalTrained() {
		return this.principalTrained;
	}

	public void setPrincipalTrained(Boolean principalTrained) {
		this.principalTrained = principalTrained;
	}

	public ManagementOrganisation getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(ManagementOrganisation organisation) {
		this.organisation = organisation;
	}

	public Integer getFullTimeManagers() {
		return this.fullTimeManagers;
	}

	public void setFullTimeManagers(Integer fullTimeManagers) {
		this.fullTimeManagers = fullTimeManagers;
	}

	public Integer getPartTimeManagers() {
		return this.partTimeManagers;
	}

	public void setPartTimeManagers(Integer partTimeManagers) {
		this.partTimeManagers = partTimeManagers;
	}

	public Boolean getManagersTrained() {
		return this.managersTrained;
	}

	public void setManagersTrained(Boolean managersTrained) {
		this.managersTrained = managersTrained;
	}

	public List<ItemForm> getItems() {
		return this.items;
	}

	public void setItems(List<ItemForm> items) {
		this.items = items == null ? new ArrayList<>() : items;
	}

	/** One hazard factor row. */
	public static class ItemForm {

		private String hazardCode;

		private Integer exposedHeadcount;

		private String posts;

		private String measures;

		static ItemForm of(String hazardCode, Integer exposedHeadcount, String posts, String measures) {
			ItemForm item = new ItemForm();
			item.hazardCode = hazardCode;
			item.exposedHeadcount = exposedHeadcount;
			item.posts = posts;
			item.measures = measures;
			return item;
		}

		public String getHazardCode() {
			return this.hazardCode;
		}

		public void setHazardCode(String hazardCode) {
			this.hazardCode = hazardCode;
		}

		public Integer getExposedHeadcount() {
			return this.exposedHeadcount;
		}

		public void setExposedHeadcount(Integer exposedHeadcount) {
			this.exposedHeadcount = exposedHeadcount;
		}

		public String getPosts() {
			return this.posts;
		}

		public void setPosts(String posts) {
			this.posts = posts;
		}

		public String getMeasures() {
			return this.measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}

	}

}
