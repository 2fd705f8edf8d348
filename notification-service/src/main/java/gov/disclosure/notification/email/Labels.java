package gov.disclosure.notification.email;

import java.util.Map;

/** Chinese labels for the codes that appear in mails. */
final class Labels {
    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("ORGANIZATION", "机构职能"), Map.entry("REGULATION", "法规规章"),
            Map.entry("NORMATIVE_DOCUMENT", "规范性文件"), Map.entry("PLAN", "规划计划"),
            Map.entry("WORK_NEWS", "工作动态"), Map.entry("REPORT", "工作报告"), Map.entry("BUDGET", "财政预决算"),
            Map.entry("LICENSING", "行政许可"), Map.entry("PENALTY", "行政处罚"), Map.entry("COERCION", "行政强制"),
            Map.entry("FEES", "行政事业性收费"), Map.entry("PROCUREMENT", "政府采购"),
            Map.entry("MAJOR_PROJECT", "重大建设项目"), Map.entry("PUBLIC_SERVICE", "公共服务"),
            Map.entry("EMERGENCY", "突发事件应对"), Map.entry("PERSONNEL", "人事信息"),
            Map.entry("CONSULTATION", "征求意见"), Map.entry("OTHER", "其他"));

    static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("publication.published", "发布了政府信息"), Map.entry("publication.amended", "变更了政府信息"),
            Map.entry("publication.revoked", "撤销了政府信息"),
            Map.entry("request.received", "已受理"), Map.entry("request.correction-requested", "需要补正"),
            Map.entry("request.corrected", "已补正"), Map.entry("request.consultation-started", "正在征求第三方意见"),
            Map.entry("request.consultation-ended", "第三方意见征求结束"), Map.entry("request.extended", "答复期限已延长"),
            Map.entry("request.responded", "已作出答复"), Map.entry("request.withdrawn", "已撤回"),
            Map.entry("request.due-soon", "即将到期"), Map.entry("request.overdue", "已逾期"),
            Map.entry("request.appeal-recorded", "已登记复议或诉讼"));

    private Labels() {
    }

    static String category(String code) {
        return code == null ? null : CATEGORIES.getOrDefault(code, code);
    }

    /** {@code gov.disclosure.publication.published} → 发布了政府信息 */
    static String event(String type) {
        String key = type.replaceFirst("^gov\\.disclosure\\.", "");
        return EVENTS.getOrDefault(key, key);
    }
}
