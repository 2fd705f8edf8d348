package gov.disclosure.catalog.publication;

/** Catalogue categories of the public contract, with their Chinese names as printed in the catalogue. */
public enum Category {
    ORGANIZATION("机构职能"),
    REGULATION("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    PLAN("规划计划"),
    WORK_NEWS("工作动态"),
    REPORT("计划总结"),
    BUDGET("财政预决算"),
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    FEES("行政事业性收费"),
    PROCUREMENT("政府采购"),
    MAJOR_PROJECT("重大建设项目"),
    PUBLIC_SERVICE("公共服务"),
    EMERGENCY("突发公共事件"),
    PERSONNEL("人事信息"),
    CONSULTATION("草案征求意见"),
    OTHER("其他");

    private final String chinese;

    Category(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
