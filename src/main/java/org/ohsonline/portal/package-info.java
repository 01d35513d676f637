/**
 * The public side (扫码查询): the register of documents the platform issued — receipts, reports,
 * certificates — with their content hashes, and the pages anyone can open without logging in to
 * verify a document from its QR code or to check that a PDF copy is unaltered. Modules that issue
 * documents record them through {@link org.ohsonline.portal.IssuedDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal and issued documents")
package org.ohsonline.portal;
