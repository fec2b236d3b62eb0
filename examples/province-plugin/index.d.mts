import type { PluginFactory } from '@report/core';

export interface ProvincePluginOptions {
  /** Id of the province's form; default `gov-2021-xm`. */
  formId?: string;
  /** The province's deadline for townships, `MM-DD` of the following year; default `01-10`. */
  townshipDeadline?: string;
}

export declare const provincePlugin: PluginFactory<ProvincePluginOptions | undefined>;
export default provincePlugin;
