# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        self.main_layout = QVBoxLayout(MemberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(MemberDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(MemberDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.roles_label = QLabel(MemberDialog)
        self.roles_label.setObjectName(u"roles_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roles_label)

        self.roles_row = QHBoxLayout()
        self.roles_row.setObjectName(u"roles_row")

        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roles_row)

        self.consent = QCheckBox(MemberDialog)
        self.consent.setObjectName(u"consent")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consent)

        self.consent_date_label = QLabel(MemberDialog)
        self.consent_date_label.setObjectName(u"consent_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consent_date_label)

        self.consent_date = QDateEdit(MemberDialog)
        self.consent_date.setObjectName(u"consent_date")
        self.consent_date.setDisplayFormat(u"dd-MM-yyyy")
        self.consent_date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consent_date)

        self.phone_label = QLabel(MemberDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(MemberDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(MemberDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(MemberDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.consentNamed = QCheckBox(MemberDialog)
        self.consentNamed.setObjectName(u"consentNamed")

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.consentNamed)

        self.streets_label = QLabel(MemberDialog)
        self.streets_label.setObjectName(u"streets_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.streets_label)

        self.street_box = QVBoxLayout()
        self.street_box.setObjectName(u"street_box")

        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.street_box)


        self.main_layout.addLayout(self.form)

        self.error = QLabel(MemberDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(MemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.consent_date_label.setBuddy(self.consent_date)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)
        self.buttons.accepted.connect(MemberDialog.accept)
        self.buttons.rejected.connect(MemberDialog.reject)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Teamlid toevoegen", None))
        self.name_label.setText(QCoreApplication.translate("MemberDialog", u"Naam", None))
        self.name.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Voornaam en achternaam", None))
        self.roles_label.setText(QCoreApplication.translate("MemberDialog", u"Rollen", None))
        self.consent.setText(QCoreApplication.translate("MemberDialog", u"Heeft toestemming gegeven om telefoon en e-mail te bewaren", None))
        self.consent_date_label.setText(QCoreApplication.translate("MemberDialog", u"Toestemming op", None))
        self.phone_label.setText(QCoreApplication.translate("MemberDialog", u"Telefoon", None))
        self.email_label.setText(QCoreApplication.translate("MemberDialog", u"E-mail", None))
#if QT_CONFIG(tooltip)
        self.consentNamed.setToolTip(QCoreApplication.translate("MemberDialog", u"Een eigen toestemming, los van die voor telefoon en e-mail. Zonder deze toestemming noemen verslag en brief alleen het aantal teamleden per rol.", None))
#endif // QT_CONFIG(tooltip)
        self.consentNamed.setText(QCoreApplication.translate("MemberDialog", u"Mag met naam genoemd worden in verslagen en brieven", None))
        self.streets_label.setText(QCoreApplication.translate("MemberDialog", u"Straten (verbinder)", None))
    # retranslateUi

