/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** Cloud environment id for Taro.cloud.init in the WeChat build (Taro defineConstants). */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5';
    CLOUD_ENV?: string;
  }
}
