package org.ohsonline.declaration.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationView;

/** The declaration form as bound from the page; item rows are added and removed with htmx. */
public class DeclarationForm {

	private DeclarationKind kind;

	private List<String> reasons = new ArrayList<>();

	private String measures;

	private List<ItemForm> items = new ArrayList<>();

	static DeclarationForm of(DeclarationView declaration) {
		DeclarationForm form = new DeclarationForm();
		form.kind = declaration.kind();
		form.reasons = new ArrayList<>(declaration.reasons());
		form.measures = declaration.measures();
		declaration.items()
			.forEach(i -> form.items.add(ItemForm.of(i.hazardCode(), i.exposedHeadcount(), i.posts(), i.measures())));
		return form;
	}

	DeclarationCommand toCommand(long employerId) {
		return new DeclarationCommand(employerId, this.kind, this.reasons, this.measures,
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
