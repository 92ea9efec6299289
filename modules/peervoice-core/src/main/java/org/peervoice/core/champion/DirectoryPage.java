package org.peervoice.core.champion;

import java.util.List;

import org.peervoice.core.kernel.Page;

/** One page of directory results, with facet counts and the A–Z index of the whole result. */
public final class DirectoryPage {

	private final List<ListingView> items;
	private final int page;
	private final int pageSize;
	private final long totalCount;
	private final int lastPage;
	private final List<FacetCount> categories;
	private final List<FacetCount> programs;
	private final List<FacetCount> languages;
	private final List<FacetCount> expertise;
	private final List<FacetCount> letters;

	DirectoryPage(Page<ListingView> page, List<FacetCount> categories, List<FacetCount> programs, List<FacetCount> languages,
		List<FacetCount> expertise, List<FacetCount> letters) {
		this.items = page.items();
		this.page = page.page();
		this.pageSize = page.pageSize();
		this.totalCount = page.totalCount();
		this.lastPage = page.lastPage();
		this.categories = List.copyOf(categories);
		this.programs = List.copyOf(programs);
		this.languages = List.copyOf(languages);
		this.expertise = List.copyOf(expertise);
		this.letters = List.copyOf(letters);
	}

	public List<ListingView> getItems() {
		return items;
	}

	public int getPage() {
		return page;
	}

	public int getPageSize() {
		return pageSize;
	}

	public long getTotalCount() {
		return totalCount;
	}

	public int getLastPage() {
		return lastPage;
	}

	public List<FacetCount> getCategories() {
		return categories;
	}

	public List<FacetCount> getPrograms() {
		return programs;
	}

	public List<FacetCount> getLanguages() {
		return languages;
	}

	public List<FacetCount> getExpertise() {
		return expertise;
	}

	public List<FacetCount> getLetters() {
		return letters;
	}

}
