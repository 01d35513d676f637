/**
 * Documents that people print, sign or hand over: PDF rendering from Thymeleaf templates with the
 * bundled CJK font ({@link org.ohsonline.shared.documents.PdfDocuments}) and QR codes
 * ({@link org.ohsonline.shared.documents.QrCodes}). Which documents were issued, and their public
 * verification, belong to the {@code portal} module.
 */
package org.ohsonline.shared.documents;
