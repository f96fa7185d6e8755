/**
 * The Chinese pages the web server shows for errors other than 404 (which is content/pages/404.md).
 * Built at /error/<code>/ and named by deploy/nginx.conf's error_page lines; nginx serves them only as
 * error responses, never at their own address.
 */
export interface ErrorPage {
  /** Path segment under /error/: the status code, or 50x for every server error. */
  code: string;
  title: string;
  description: string;
  /** What happened and what the visitor can do, in plain words. */
  explanation: string;
}

/** When the wording below last changed, shown in the footer like every page's date. */
export const ERROR_PAGES_UPDATED = new Date('2026-11-30');

export const ERROR_PAGES: readonly ErrorPage[] = [
  { code: '403', title: '无法访问这个地址', description: '这个地址不对外开放。', explanation: '这个地址不对外开放，可能是一个文件夹而不是页面。请检查网址，或从下面的栏目重新查找。' },
  { code: '405', title: '不支持这种访问方式', description: '本站只提供页面浏览，不接收提交的数据。', explanation: '本站是只读的公开网站，不接收表单或其他提交的数据。资格自测的答案只保存在您自己的浏览器里。' },
  { code: '414', title: '网址太长', description: '您访问的网址太长，服务器无法处理。', explanation: '网址太长，服务器无法处理。如果是从其他地方复制来的链接，请检查是否多复制了内容；也可以从下面的栏目重新查找。' },
  { code: '50x', title: '网站暂时出了问题', description: '服务器暂时无法处理您的请求，请稍后再试。', explanation: '服务器暂时无法处理您的请求，这不是您操作的问题。请过几分钟再试；如果一直打不开，可以通过页面底部的联系方式告诉我们。' },
];
