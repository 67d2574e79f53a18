// Per-component NutUI entry points (see src/ui/*.ts) typed from the package's own types.
declare module '@nutui/nutui-react-taro/dist/esm/*/style/css'
declare module '@nutui/nutui-react-taro/dist/esm/Button' {
  export { Button as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Cell' {
  export { Cell as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/CellGroup' {
  export { CellGroup as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Tag' {
  export { Tag as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Input' {
  export { Input as default } from '@nutui/nutui-react-taro'
}
