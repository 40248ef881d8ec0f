/**
 * The Returns section of the JSON API. {@link vn.thads.portal.returns.api.ReturnJson},
 * the return as the API shows it, is shared (named interface {@code api}) with the other
 * modules that answer with a return, such as the workbook upload.
 */
@org.springframework.modulith.NamedInterface("api")
package vn.thads.portal.returns.api;
