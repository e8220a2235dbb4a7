-- 阅卷须知 (网上预约阅卷申请协议 / 告知书), versioned per court (seeds 000 §2, 001 §2.4: the applicant reads the court's
-- text and ticks it). court_code '*' is the default for a court without its own text. Every change is a new row with
-- the next version; the application stores which version it was ticked on.
CREATE TABLE reading_agreement (
    court_code    VARCHAR(8)    NOT NULL,                 -- a court's 代字, or '*' for the default
    version       INT           NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    body          VARCHAR(20000) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (court_code, version)
);

INSERT INTO reading_agreement (court_code, version, title, body, published_at) VALUES ('*', 1, '网上预约阅卷须知',
'一、申请人应为本院案件的当事人或其委托的诉讼代理人，并已通过实名认证。
二、目前仅支持申请查阅已归档的案件；已归档未电子化的案件只能现场查阅。
三、申请人应如实填写申请内容和申请原因，并按要求上传身份证明、律师执业证、律师事务所介绍信、授权委托书等材料。
四、审核法官在审核过程中可根据实际情况修改查阅方式及预约时间，审核通过后请仔细查看法官回复内容。
五、网上查阅的卷宗仅供申请人本人在有效期内用于诉讼，不得擅自复制、传播或用于其他用途；卷宗下载密码和打开密码以短信发送，请妥善保管。
六、现场阅卷请在批准的时间段内携带相关证明材料到法院办理，逾期未到场的，须重新申请。
七、违反上述规定的，本院将依法追究相应责任。', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08:00');

ALTER TABLE reading_request ADD COLUMN agreement_court VARCHAR(8);
ALTER TABLE reading_request ADD COLUMN agreement_version INT;
-- 预约时间: the applicant's proposal for an on-site reading, court-local time (like the on-site window).
ALTER TABLE reading_request ADD COLUMN proposed_time TIMESTAMP;
