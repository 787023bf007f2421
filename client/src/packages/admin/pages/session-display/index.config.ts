export default definePageConfig({
  navigationBarTitleText: '签到大屏',
  navigationBarBackgroundColor: '#c8161d',
  backgroundColor: '#c8161d',
  // A phone turned sideways or a projector: the screen follows the device.
  pageOrientation: 'auto',
});
