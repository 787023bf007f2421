import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import './index.scss';

const SECTIONS: Array<{ title: string; items: string[] }> = [
  {
    title: '我们保存哪些信息，为什么',
    items: [
      '微信身份标识（openid）：用来在您下次打开小程序时认出您，不获取您的微信昵称、头像或手机号。',
      '真实姓名和工号（工号可不填）：让您所在单位的工会能看到是谁参加了学习。',
      '单位归属：您通过邀请码加入的单位，以及您被授予的管理员角色。',
      '签到记录：参加了哪场学习活动、签到与签退时间，您的请假事由，以及管理员为您补签时填写的原因。',
      '位置：只在设有签到范围的学习活动中签到时获取一次，用来确认您在会场附近；只保存您与会场的距离，不保存位置本身。管理员设定签到地点时会使用其所选的会场位置。',
      '后续版本将保存学习记录与学习心得，用于统计单位的学习情况。',
    ],
  },
  {
    title: '谁能看到',
    items: [
      '您本人。',
      '您所在单位及其上级单位的工会管理员，只能看到其管理范围内的成员。',
      '青岛市总工会组织部（市总工会管理员），用于组织与统计全市的学习工作。',
      '不会向任何第三方提供，也不会公开展示个人排名。',
    ],
  },
  {
    title: '保存多久',
    items: ['在您注销账号之前一直保存，用于单位的学习统计。', '管理员将您移出单位后，您的成员身份随即失效。'],
  },
  {
    title: '如何删除',
    items: [
      '在“我的 → 账号与隐私 → 注销账号”中输入“确认注销”即可注销。',
      '注销会删除您的姓名、工号与微信身份的对应关系以及管理员角色；为保证统计人数准确，已产生的记录以“已注销用户”匿名保留，不再与您关联。',
      '如有疑问，请联系所在单位工会或市总工会组织部。',
    ],
  },
];

export default function PrivacyPage() {
  return (
    <View className="page privacy-page">
      <PageHeader title="隐私说明" subtitle="青岛市总工会学习小程序如何使用您的个人信息" />
      {SECTIONS.map((section) => (
        <Card key={section.title} title={section.title}>
          {section.items.map((item) => (
            <Text key={item} className="privacy-page__item">
              {item}
            </Text>
          ))}
        </Card>
      ))}
    </View>
  );
}
