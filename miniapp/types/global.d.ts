/// <reference types="@tarojs/taro" />
declare module '*.css';
declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
declare module '*.png' {
  const url: string;
  export default url;
}
