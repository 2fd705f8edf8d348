// Chinese names of the contract's codes.
export const CATEGORIES = {
  ORGANIZATION: '机构职能', REGULATION: '规章', NORMATIVE_DOCUMENT: '行政规范性文件', PLAN: '规划计划',
  WORK_NEWS: '工作动态', REPORT: '计划总结', BUDGET: '财政预决算', LICENSING: '行政许可', PENALTY: '行政处罚',
  COERCION: '行政强制', FEES: '行政事业性收费', PROCUREMENT: '政府采购', MAJOR_PROJECT: '重大建设项目',
  PUBLIC_SERVICE: '公共服务', EMERGENCY: '突发公共事件', PERSONNEL: '人事信息', CONSULTATION: '草案征求意见',
  OTHER: '其他',
};

export const PUB_STATUS = {
  DRAFT: '草稿', PENDING_REVIEW: '待审核', APPROVED: '已审核待发布', SCHEDULED: '定时发布',
  PUBLISHED: '已公开', REVOKED: '已撤销', SUPERSEDED: '已被修订替代',
};

export const VALIDITY = { VALID: '有效', AMENDED: '已修订', REPEALED: '已废止', EXPIRED: '已失效' };

export const FINDING_KIND = {
  RESIDENT_ID: '身份证号码', MOBILE_NUMBER: '手机号码', BANK_CARD: '银行卡号', EMAIL: '电子邮箱',
  CLASSIFICATION_MARK: '密级标志',
};

export const FINDING_STATUS = { OPEN: '待处理', REDACTED: '已遮蔽', DISMISSED: '已忽略' };

export const REQ_STATUS = {
  RECEIVED: '已受理', CORRECTION_REQUESTED: '待申请人补正', IN_PROGRESS: '办理中', CONSULTING: '征求第三方意见中',
  EXTENDED: '已延期办理', RESPONDED: '已答复', WITHDRAWN: '已撤回', CLOSED: '已终结',
};

export const APPLICANT_TYPES = {
  NATURAL_PERSON: '自然人', ORG_COMMERCIAL: '商业企业', ORG_RESEARCH: '科研机构', ORG_PUBLIC_WELFARE: '社会公益组织',
  ORG_LEGAL_SERVICE: '法律服务机构', ORG_OTHER: '其他组织',
};

export const ID_TYPES = {
  RESIDENT_ID: '居民身份证', PASSPORT: '护照', HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证', FOREIGN_PERMANENT_RESIDENT: '外国人永久居留身份证', OTHER: '其他证件',
};

export const FORMS = { ELECTRONIC: '电子文本', PAPER: '纸质文本' };
export const DELIVERIES = { ONLINE: '在线获取', EMAIL: '电子邮件', POST: '邮寄', PICKUP: '当面领取' };

export const OUTCOMES = {
  GRANTED: '予以公开', PARTIALLY_GRANTED: '部分公开',
  DENIED_STATE_SECRET: '不予公开：属于国家秘密', DENIED_PROHIBITED_BY_LAW: '不予公开：其他法律行政法规禁止公开',
  DENIED_SECURITY_STABILITY: '不予公开：危及“三安全一稳定”', DENIED_THIRD_PARTY_RIGHTS: '不予公开：保护第三方合法权益',
  DENIED_INTERNAL_AFFAIRS: '不予公开：属于三类内部事务信息', DENIED_PROCESS_INFO: '不予公开：属于四类过程性信息',
  DENIED_ENFORCEMENT_FILE: '不予公开：属于行政执法案卷', DENIED_ADMIN_QUERY: '不予公开：属于行政查询事项',
  UNABLE_NOT_HELD: '无法提供：本机关不掌握相关政府信息', UNABLE_NEEDS_CREATION: '无法提供：没有现成信息需要另行制作',
  UNABLE_UNCLEAR_AFTER_CORRECTION: '无法提供：补正后申请内容仍不明确',
  NOT_PROCESSED_PETITION_COMPLAINT: '不予处理：信访举报投诉类申请', NOT_PROCESSED_DUPLICATE: '不予处理：重复申请',
  NOT_PROCESSED_PUBLICATION: '不予处理：要求提供公开出版物',
  NOT_PROCESSED_MASS_REPEATED: '不予处理：无正当理由大量反复申请',
  NOT_PROCESSED_CONFIRM_OR_REISSUE: '不予处理：要求行政机关确认或重新出具已获取信息',
  OTHER_NO_CORRECTION: '其他处理：申请人无正当理由逾期不补正',
  OTHER_FEE_UNPAID: '其他处理：申请人逾期未缴纳信息处理费', OTHER_MISC: '其他处理：其他',
};

export const ROLES = {
  CITIZEN: '公众用户', AGENCY_EDITOR: '信息员', AGENCY_REVIEWER: '保密审查员', AGENCY_ADMIN: '公开办负责人',
  CITY_SUPERVISOR: '市政府信息公开办', OPS: '运维',
};

export const ACTORS = { AGENCY: '办理机关', APPLICANT: '申请人', THIRD_PARTY: '第三方', NONE: '无需再办理' };

export const DEADLINE_RULES = {
  REPLY_PERIOD: '答复期限', CONSULTATION_PAUSE: '征求第三方意见（不计入期限）', EXTENSION: '延长答复期限',
  AWAITING_CORRECTION: '等待补正（期限暂停）',
};

export const TIMELINE_ACTIONS = {
  RECEIVED: '收到申请', FILED: '提交申请', REGISTERED: '登记申请', CORRECTION_REQUESTED: '发出补正通知',
  CORRECTED: '申请人补正', CONSULTATION_STARTED: '征求第三方意见', CONSULTATION_ENDED: '第三方答复',
  EXTENDED: '延长答复期限', RESPONDED: '作出答复', WITHDRAWN: '申请人撤回', CLOSED: '办理终结',
  DEADLINE_RECOMPUTED: '期限按新节假日安排重新计算', APPEAL_RECORDED: '登记复议或诉讼', APPEAL_RESULT: '复议或诉讼结果',
};

/** Field names of validation errors, for the error box. */
export const FIELDS = {
  agencyCode: '机关', applicantType: '申请人类型', 'applicant.name': '姓名/名称', 'applicant.idType': '证件类型',
  'applicant.idNumber': '证件号码', 'applicant.phone': '联系电话', 'applicant.email': '电子邮箱',
  'applicant.address': '通信地址', 'applicant.creditCode': '统一社会信用代码', 'applicant.contactPerson': '联系人',
  applicant: '申请人信息', description: '所需信息的描述', purpose: '用途', form: '获取形式', delivery: '获取方式',
  channel: '提交渠道', title: '标题', body: '正文', category: '类别', documentNumber: '文号', subjectTerms: '主题词',
  formedOn: '形成日期', effectiveFrom: '生效日期', comment: '意见', reason: '理由', publishAt: '发布时间',
  outcome: '答复结果', legalBasis: '法律依据', withheldParts: '不予公开的部分', matters: '补正事项',
  workingDays: '延长工作日数', target: '接收地址', q: '关键词', status: '状态', size: '每页条数', page: '页码',
};

export const label = (map, code) => (code ? map[code] || code : '—');
