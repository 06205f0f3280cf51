/**
 * The fixed workload of the benchmark: full-text queries in both languages, graph lookups, and
 * the commands and free questions whose answer latency is measured. Fixed so that figures of
 * two runs compare.
 */
import type { KnowledgeIndex } from "../src/knowledge/model.js";

/** Full-text queries, Chinese and English, as people type them. */
export const SEARCH_QUERIES: readonly string[] = [
  // Chinese
  "预防腐败问题工作组第十五次会议",
  "公共采购中的腐败",
  "第10/3号决议",
  "马拉喀什预防腐败宣言",
  "资产追回",
  "实施情况审议机制第二周期",
  "信息和通信技术",
  "腐败对妇女和青年的负面影响",
  "衡量腐败情况的方法和指标",
  "紧急情况和危机应对",
  "社会参与预防腐败",
  "秘书处编写的背景文件",
  "专题小组讨论",
  "多年期工作计划",
  "政治宣言的执行情况",
  "大会特别会议",
  "加强国际合作",
  "记者和媒体的作用",
  "会议开幕",
  "通过报告",
  "缔约国会议第十届会议",
  "协同效应",
  "反腐败审议机制",
  "技术援助需求",
  "良好做法和经验教训",
  "临时议程说明",
  // English
  "public procurement",
  "Working Group on Prevention fifteenth meeting",
  "resolution 10/3",
  "asset recovery",
  "women and youth",
  "measuring corruption indicators",
  "emergencies and crisis response",
  "political declaration special session",
  "implementation review mechanism second cycle",
  "information and communications technology",
  "beneficial ownership",
  "whistle-blower protection",
  "integrity in the private sector",
  "education and awareness-raising",
  "anti-corruption bodies",
  "technical assistance needs",
  "good practices and lessons learned",
  "CAC/COSP/WG.4/2024/3",
  "opening of the meeting",
  "adoption of the report",
  "synergies between multilateral organizations",
  "Implementation Review Group resumed session",
  "secretariat background paper",
  "international cooperation",
];

/** A named graph lookup over an index. */
export interface GraphTask {
  key: string;
  run: (index: KnowledgeIndex) => unknown;
}

/** Graph lookups the commands make (meetings, resolutions, symbols, agendas, recommendations). */
export const GRAPH_TASKS: readonly GraphTask[] = [
  { key: "meetings (body + ordinal)", run: (ix) => ix.meetings({ body: "wg-prevention", ordinal: 15 }) },
  { key: "meetings (date range)", run: (ix) => ix.meetings({ from: "2024-01-01", to: "2024-12-31" }) },
  { key: "resolution", run: (ix) => [ix.resolution("10/3"), ix.resolution("7/4"), ix.resolution("99/99")] },
  { key: "symbol", run: (ix) => [ix.symbol("CAC/COSP/WG.4/2024/3"), ix.symbol("CAC/COSP/IRG/2021/1"), ix.symbol("CAC/COSP/2099/1")] },
  {
    key: "agenda of a meeting",
    run: (ix) => {
      const m = ix.meetings({ body: "wg-prevention", ordinal: 15 })[0];
      return m ? ix.agenda(m.id) : [];
    },
  },
  { key: "recommendations (topic)", run: (ix) => ix.recommendations({ topic: "采购" }) },
];

/** Commands whose answer latency is measured (DESIGN.md command set). */
export const ANSWER_COMMANDS: readonly string[] = [
  "/agenda 15",
  "/resolution 10/3",
  "/document CAC/COSP/WG.4/2024/3",
  "/meetings",
  "/meetings wg-prevention",
  "/recommendations",
];

/** Free questions, English and Chinese, covering each kind of answer. */
export const FREE_QUESTIONS: readonly string[] = [
  "What is on the agenda of the fifteenth meeting of the Working Group on Prevention?",
  "When and where is the 15th meeting of the Working Group on Prevention held?",
  "What does resolution 10/3 request the secretariat to do?",
  "What is document CAC/COSP/WG.4/2024/3?",
  "Which meetings are planned for 2024?",
  "What recommendations did the working group make on public procurement?",
  "What did the tenth session of the Conference decide about the special session of the General Assembly?",
  "What is resolution 7/4 about?",
  "Which topics will the working group discuss in 2025?",
  "What is the weather in Vienna tomorrow?",
  "预防腐败问题工作组第十五次会议的议程是什么？",
  "第十五次会议什么时候在哪里举行？",
  "第10/3号决议请秘书处做什么？",
  "CAC/COSP/WG.4/2024/3 是什么文件？",
  "2024年有哪些会议？",
  "工作组关于公共采购提出了哪些建议？",
  "实施情况审议组第十二届会议在哪里举行？",
  "第7/4号决议的内容是什么？",
  "缔约国会议第十届会议在哪里举行？",
  "明天维也纳天气怎么样？",
];
