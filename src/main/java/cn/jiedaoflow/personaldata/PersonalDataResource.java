package cn.jiedaoflow.personaldata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.http.ContentDisposition;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code …/personal-data/default/<process key>/<tracking number>/<detail>}: the detail as a small Chinese page
 * (a browser following the form's link) or as JSON ({@code Accept: application/json}), and
 * {@code …/<detail>/documents/<id>} one of its documents as an attachment. Whatever is not the user's to see —
 * another group's case, a case without a task of theirs, a case or document that does not exist — answers the
 * same 404. Nothing is cached, nothing sniffed.
 */
public class PersonalDataResource extends AbstractTasklistPluginResource {

    static final String NOT_FOUND = "未找到，或不是您的任务所需 / not found, or not needed by a task of yours";

    private final PersonalDataViews views;

    PersonalDataResource(String engineName, PersonalDataViews views) {
        super(engineName);
        this.views = views;
    }

    @GET
    @Path("{processKey}/{trackingNumber}/{detail}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response page(
            @PathParam("processKey") String processKey,
            @PathParam("trackingNumber") String trackingNumber,
            @PathParam("detail") String detail) {
        return views.page(viewer(), processKey, trackingNumber, detail)
                .map(page -> privately(Response.ok(
                                html(PersonalDetail.of(processKey, detail).orElseThrow(), trackingNumber, page),
                                MediaType.TEXT_HTML_TYPE.withCharset("utf-8")))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"))
                .orElseGet(PersonalDataResource::notFound)
                .build();
    }

    @GET
    @Path("{processKey}/{trackingNumber}/{detail}")
    @Produces(MediaType.APPLICATION_JSON + ";qs=0.9")
    public Response json(
            @PathParam("processKey") String processKey,
            @PathParam("trackingNumber") String trackingNumber,
            @PathParam("detail") String detail) {
        return views.page(viewer(), processKey, trackingNumber, detail)
                .map(page -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("trackingNumber", trackingNumber);
                    body.put("detail", detail);
                    body.put("fields", page.fields());
                    body.put("documents", page.documents());
                    return privately(Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
                })
                .orElseGet(PersonalDataResource::notFound)
                .build();
    }

    @GET
    @Path("{processKey}/{trackingNumber}/{detail}/documents/{documentId}")
    public Response document(
            @PathParam("processKey") String processKey,
            @PathParam("trackingNumber") String trackingNumber,
            @PathParam("detail") String detail,
            @PathParam("documentId") String documentId) {
        Optional<PersonalDataSource.Document> document = documentId.matches("[0-9]{1,18}")
                ? views.document(viewer(), processKey, trackingNumber, detail, Long.parseLong(documentId))
                : Optional.empty();
        return document.map(file -> privately(Response.ok(file.content(), file.contentType()))
                        .header(
                                "Content-Disposition",
                                ContentDisposition.attachment()
                                        .filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString()))
                .orElseGet(PersonalDataResource::notFound)
                .build();
    }

    /** The user the webapps' session signed in for this engine (its security filter lets no one else in). */
    private PersonalDataViews.Viewer viewer() {
        ProcessEngine engine = getProcessEngine();
        Authentication current =
                engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return null;
        }
        return new PersonalDataViews.Viewer(
                current.getUserId(), current.getGroupIds() == null ? List.of() : current.getGroupIds());
    }

    private static Response.ResponseBuilder privately(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    private static Response.ResponseBuilder notFound() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", "NotFound");
        body.put("message", NOT_FOUND);
        return privately(Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String html(PersonalDetail detail, String trackingNumber, PersonalDataSource.DetailPage page) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(detail.titleZh()))
                .append(" · ")
                .append(escape(trackingNumber))
                .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:48em}"
                        + "th{text-align:left;padding-right:1.5em;vertical-align:top;white-space:nowrap}"
                        + "td,th{padding:.25em 0}p.note{color:#666}</style></head><body><h1>")
                .append(escape(detail.titleZh()))
                .append("</h1><p>办件编号：")
                .append(escape(trackingNumber))
                .append("</p><p class=\"note\">个人信息仅供办理本件使用；本次查看已记入审计日志。</p>");
        if (!page.fields().isEmpty()) {
            html.append("<table>");
            for (PersonalDataSource.Field field : page.fields()) {
                html.append("<tr><th>")
                        .append(escape(field.label()))
                        .append("</th><td>")
                        .append(escape(field.value() == null ? "—" : field.value()))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        if (!page.documents().isEmpty()) {
            html.append("<h2>材料</h2><ul>");
            for (PersonalDataSource.DocumentEntry document : page.documents()) {
                html.append("<li><a href=\"")
                        .append(escape(detail.detailName()))
                        .append("/documents/")
                        .append(document.id())
                        .append("\">")
                        .append(escape(document.fileName()))
                        .append("</a>（")
                        .append(escape(document.description()))
                        .append("，")
                        .append(escape(document.contentType()))
                        .append("，")
                        .append((document.sizeBytes() + 1023) / 1024)
                        .append(" KB）</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
